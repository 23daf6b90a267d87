package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Point;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A student enters the lab from My bookings, sees the remote machine's desktop drawn in the page's canvas, works
 * the PLC trainer through it, sees the instructor who joins to watch, and afterwards plays the recording back.
 */
class LabSessionBrowserTests extends BrowserTest {

	/**
	 * True when some canvas inside the element named by the script's argument holds more than one colour: the
	 * remote desktop was drawn.
	 */
	private static final String DRAWN = """
			var canvases = document.querySelectorAll(arguments[0] + ' canvas');
			for (var c = 0; c < canvases.length; c++) {
			  var canvas = canvases[c];
			  if (canvas.width < 100 || canvas.height < 100) { continue; }
			  var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			  for (var i = 4; i < pixels.length; i += 4 * 37) {
			    if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) {
			      return true;
			    }
			  }
			}
			return false;""";

	/** Where the PLC trainer draws its controls on its 1024×768 screen. */
	private static final Point RUN_BUTTON = new Point(637, 695);

	private static final Point SWITCH_I0_0 = new Point(53, 160);

	private static final Point GREEN_LAMP = new Point(181, 325);

	private static final Point STOP_BUTTON = new Point(788, 695);

	private static final Point END_OF_LINE_2 = new Point(965, 159);

	/** Where text typed at the end of the program's second line appears: {x, y, width, height}. */
	private static final int[] AFTER_LINE_2 = { 880, 150, 110, 18 };

	/** The display's default layer: the remote screen at its own size, whatever the page scales it to. */
	private static final String SCREEN = """
			var canvases = document.querySelectorAll('#display-area canvas');
			for (var c = 0; c < canvases.length; c++) {
			  if (canvases[c].width === 1024 && canvases[c].height === 768) { return canvases[c]; }
			}
			return null;""";

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Directory directory;

	@Autowired
	private MachineRegistry machines;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private RemoteSessionRepository sessions;

	@BeforeAll
	static void startLabRuntime() {
		LabRuntime.guacd();
		LabRuntime.plcSimulator();
	}

	@Test
	void studentEntersTheLabWorksTheTrainerAndSeesWhoWatches() throws Exception {
		AcademyUser student = new TestBookers(registrations, organizations, users, enrollments)
			.enrolledStudent("labpage");
		RemoteTestLabs labs = new RemoteTestLabs(directory, machines, jdbc);
		LabMachine machine = labs.vncMachine(student.organizationId());
		Instant now = Instant.now();
		long booking = labs.booking(student, machine, now.minus(Duration.ofMinutes(5)),
				now.plus(Duration.ofMinutes(55)), BookingStatus.ACTIVE);

		logIn(student.getUsername(), TestStudents.PASSWORD);
		open("/bookings");
		find("tr[data-booking-id='" + booking + "'] .enter-lab-button").click();
		waitForUrlContaining("/labs/session/" + booking);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(driver -> "3".equals(driver.findElement(By.id("lab-session")).getAttribute("data-state")));
		assertThat(find("#connection-state").getText()).isEqualTo("已连接");
		wait.until(driver -> drawn("#display-area"));
		assertThat(find("#lab-instructions").getText()).isNotBlank();

		// Work on the trainer through the canvas: Run, then switch I0.0 on; the example program (the
		// traffic lights) turns the north-south green lamp Q0.2 on.
		assertThat(lampIsLit(GREEN_LAMP)).as("Q0.2 before").isFalse();
		clickRemote(RUN_BUTTON);
		clickRemote(SWITCH_I0_0);
		wait.until(driver -> lampIsLit(GREEN_LAMP));

		// Chinese typed on the page reaches the program: stop it (its editor is locked while it runs), put the
		// cursor at the end of the program's second line and type 中文 there.
		clickRemote(STOP_BUTTON);
		clickRemote(END_OF_LINE_2);
		int before = darkPixels(AFTER_LINE_2);
		find("#clipboard").sendKeys("中文");
		find("#type-text").click();
		wait.until(driver -> darkPixels(AFTER_LINE_2) > before + 40);

		// An instructor of the course joins read-only; the student's page names them.
		UserAccount instructor = new RemoteTestStaff(registrations, organizations, administration)
			.instructor(RemoteTestStaff.COURSE_OWNER);
		TunnelClient watcher = TunnelClient.logIn(port(), instructor.getUsername(), TestStudents.PASSWORD);
		long session = sessions.findByBookingIdOrderByStartedAt(booking).get(0).getId();
		TunnelClient.Tunnel observer = watcher.open(watcher.observeToken(session), watcher.origin());
		observer.awaitContaining("4.sync,", Duration.ofSeconds(15));
		wait.until(driver -> driver.findElement(By.id("observer-banner")).getText()
			.contains(instructor.getDisplayName()));
		observer.socket.sendClose(1000, "");

		find("#end-session").click();
		browser.switchTo().alert().accept();
		wait.until(driver -> driver.findElement(By.id("session-ended")).isDisplayed());
		assertThat(find("#session-ended").getAttribute("data-reason")).isEqualTo("client-closed");

		// The session was recorded: its student plays it back and the screen is drawn again.
		open("/remote/recordings/" + session);
		wait.until(driver -> driver.findElement(By.id("play-pause")).isEnabled());
		find("#play-pause").click();
		wait.until(driver -> drawn("#recording-display"));
	}

	/** Clicks the remote screen at a point of its own coordinates, through the scaled canvas. */
	private void clickRemote(Point remote) {
		@SuppressWarnings("unchecked")
		Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
				"var r = (function(){" + SCREEN + "})().getBoundingClientRect();"
						+ " return {left: r.left, top: r.top, scale: r.width / 1024};");
		double scale = box.get("scale").doubleValue();
		new Actions(browser)
			.moveToLocation((int) Math.round(box.get("left").doubleValue() + remote.x * scale),
					(int) Math.round(box.get("top").doubleValue() + remote.y * scale))
			.click()
			.perform();
	}

	/** Whether the lamp at the point shows bright green on the remote screen, read from the canvas. */
	private boolean lampIsLit(Point lamp) {
		@SuppressWarnings("unchecked")
		List<Number> rgb = (List<Number>) ((JavascriptExecutor) browser).executeScript("var d = (function(){"
				+ SCREEN + "})().getContext('2d').getImageData(arguments[0], arguments[1], 1, 1).data;"
				+ " return [d[0], d[1], d[2]];", lamp.x, lamp.y);
		return rgb.get(1).intValue() > 160 && rgb.get(1).intValue() > rgb.get(0).intValue() + 60;
	}

	private boolean drawn(String container) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(DRAWN, container));
	}

	/** How many pixels of the remote screen's area are dark, as text is: the caret alone is a few. */
	private int darkPixels(int[] box) {
		Number dark = (Number) ((JavascriptExecutor) browser).executeScript("var d = (function(){" + SCREEN
				+ "})().getContext('2d').getImageData(arguments[0], arguments[1], arguments[2], arguments[3]).data;"
				+ " var n = 0; for (var i = 0; i < d.length; i += 4) { if (d[i] + d[i + 1] + d[i + 2] < 300) { n++; } }"
				+ " return n;", box[0], box[1], box[2], box[3]);
		return dark.intValue();
	}

}
