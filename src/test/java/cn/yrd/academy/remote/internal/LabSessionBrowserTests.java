package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A student enters the lab from My bookings and sees the remote machine's desktop drawn in the page's canvas.
 */
class LabSessionBrowserTests extends BrowserTest {

	/** True when some canvas of the display holds more than one colour: the remote desktop was drawn. */
	private static final String DRAWN = """
			var canvases = document.querySelectorAll('#display-area canvas');
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

	@BeforeAll
	static void startLabRuntime() {
		LabRuntime.guacd();
		LabRuntime.plcSimulator();
	}

	@Test
	void studentEntersTheLabAndSeesTheRemoteDesktop() {
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
		wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(DRAWN)));
		assertThat(find("#lab-instructions").getText()).isNotBlank();

		find("#end-session").click();
		browser.switchTo().alert().accept();
		wait.until(driver -> driver.findElement(By.id("session-ended")).isDisplayed());
		assertThat(find("#session-ended").getAttribute("data-reason")).isEqualTo("client-closed");
	}

}
