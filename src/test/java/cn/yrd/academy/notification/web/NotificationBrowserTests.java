package cn.yrd.academy.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.notification.TestNotifications;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A student with an unread notification, in Chromium: the bell shows the count, the notification center
 * lists it, "mark read" updates the item and the bell in place.
 */
class NotificationBrowserTests extends BrowserTest {

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void studentSeesTheBadgeOpensTheCenterAndMarksTheNotificationRead() throws Exception {
		TestNotifications fixtures = new TestNotifications(registrations, organizations, notifications, transactions);
		UserAccount student = fixtures.student("bell", Locale.SIMPLIFIED_CHINESE);
		fixtures.send(TestNotifications.bookingConfirmed(student.getId()));

		logIn(student.getUsername(), TestStudents.PASSWORD);
		waitForUrlContaining("/");
		assertThat(find("#notification-badge").getText()).isEqualTo("1");

		find("#notification-bell").click();
		waitForUrlContaining("/notifications");
		assertThat(find(".notification-unread .notification-subject").getText())
			.isEqualTo("预约成功：交通灯顺序控制，2026-11-24 10:00");
		screenshot(Path.of("/tmp/notify.png"));

		find(".notification-unread .mark-read").click();

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#notification-badge")));
		// the item and the badge are swapped by the same answer, but not necessarily in the same frame
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".notification-unread"), 0));
		assertThat(find(".notification-read .notification-subject").getText()).startsWith("预约成功");
		assertThat(browser.getCurrentUrl()).as("marked in place, no page load").endsWith("/notifications");

		browser.navigate().refresh();
		assertThat(find(".notification-read .notification-subject").isDisplayed()).isTrue();
		// the bell's badge loads after the page: wait for its answer, then see that it shows no count
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notification-count #notification-unread")));
		assertThat(browser.findElements(By.cssSelector("#notification-badge"))).isEmpty();
	}

	private void screenshot(Path target) throws Exception {
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
	}

}
