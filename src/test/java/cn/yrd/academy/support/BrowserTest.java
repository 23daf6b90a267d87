package cn.yrd.academy.support;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for Selenium tests: a real Chromium against the application on its random port. The browser
 * starts with English as its own language, so pages in Chinese prove the zh-CN default.
 */
@IntegrationTest
public abstract class BrowserTest {

	@LocalServerPort
	private int port;

	protected WebDriver browser;

	@BeforeEach
	void openFreshSession() {
		browser = Browser.driver();
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	/** The application's port, for clients other than the browser (e.g. a second user's WebSocket). */
	protected int port() {
		return port;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	protected WebElement find(String cssSelector) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
	}

	/** Waits until the browser has gone to a page whose address contains the given part. */
	protected void waitForUrlContaining(String part) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	/** Waits until the browser's address matches the regular expression, e.g. a page with a new record's id. */
	protected void waitForUrlMatching(String regex) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
	}

	protected void type(String id, String text) {
		WebElement field = find("#" + id);
		field.clear();
		field.sendKeys(text);
	}

	protected void logIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		find("#login-submit").click();
	}

}
