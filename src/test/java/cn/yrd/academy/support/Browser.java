package cn.yrd.academy.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium per test JVM, driven through Debian's chromedriver so that Selenium
 * downloads nothing. A missing browser fails the test with the command that installs it.
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver driver;

	private Browser() {
	}

	public static synchronized WebDriver driver() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	private static WebDriver start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM
					+ " and " + CHROMEDRIVER + ". Run 'bin/academy test' (it installs them) or "
					+ "'apt-get install -y chromium chromium-driver'.");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + tempProfile(),
				// Bootstrap scrolls smoothly unless reduced motion is asked for, and a click on an element
				// that is still scrolling into view lands on the wrong point.
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static String tempProfile() {
		try {
			return Files.createTempDirectory("academy-chromium").toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
