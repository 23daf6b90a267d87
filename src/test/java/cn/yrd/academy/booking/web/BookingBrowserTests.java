package cn.yrd.academy.booking.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class BookingBrowserTests extends BrowserTest {

	private static final String COURSE = "PLC-101";

	private static final String LAB = "traffic-light-sequence";

	/** How the lab shows in the booking lists. */
	private static final String LAB_TITLE = "交通灯顺序控制（TON 定时器）";

	private static final String BASE = "NBPT-ROBOTICS";

	/** A slot's start as the calendar shows it on an event: "14:00", the same as on the confirm page. */
	private static final Pattern EVENT_TIME = Pattern.compile("^(\\d{2}):(\\d{2})");

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void aStudentBooksAFreeSlotInTheCalendarTheClusterAdminSeesItAndTheStudentCancelsIt() throws IOException {
		String student = new TestStudents(registrations, organizations).register("booker").getUsername();
		LocalDate day = thursdayOrFridayAboutTenDaysAhead();

		// The student enrolls and goes from the course page to the lab exercise's booking page.
		logIn(student, TestStudents.PASSWORD);
		open("/courses/" + COURSE);
		find("#enroll").click();
		assertThat(find("#enrolled-status").getText()).isEqualTo("您已选修本课程");
		find(".book-lab[href$='/labs/" + COURSE + "/" + LAB + "']").click();
		waitForUrlContaining("/labs/" + COURSE + "/" + LAB);
		assertThat(find("h1").getText()).isEqualTo("预约：交通灯顺序控制（TON 定时器）");

		// Only the college's own base, from the chosen day on: the calendar opens on that day's week.
		new Select(find("#base")).selectByValue(BASE);
		setDate("from", day);
		find("#slot-filter button[type=submit]").click();
		waitForUrlContaining("base=" + BASE);
		assertThat(browser.getCurrentUrl()).contains("from=" + day);
		List<WebElement> events = eventsOn(day);
		assertThat(events).isNotEmpty()
			.allSatisfy(event -> {
				assertThat(event.getText()).matches("(?s)\\d{2}:\\d{2}\\s+[12] 台空闲.*");
				assertThat(event.getAttribute("title")).matches("[12] 台空闲 · 宁波职业技术学院工业机器人实训基地");
			});
		WebElement chosen = events.stream()
			.filter(event -> minutesOfDay(event) >= 14 * 60)
			.min(Comparator.comparingInt(BookingBrowserTests::minutesOfDay))
			.orElse(events.get(events.size() - 1));
		String time = startTime(chosen);
		screenshot("booking-lab");
		// Decoded as the server decodes a query: an unencoded "+" of the offset would turn into a space.
		assertThat(URLDecoder.decode(chosen.getAttribute("href"), StandardCharsets.UTF_8))
			.contains("start=" + day + "T" + time + "+08:00");
		scrollIntoView(chosen);
		chosen.click();

		// The confirm page repeats the chosen slot in Beijing time; booking goes to "my bookings".
		waitForUrlContaining("/labs/" + COURSE + "/" + LAB + "/book");
		assertThat(find("#confirm-base").getText()).isEqualTo("宁波职业技术学院工业机器人实训基地");
		assertThat(find("#confirm-start").getText()).isEqualTo(day + " " + time);
		screenshot("booking-confirm");
		find("#book-button").click();
		waitForUrlContaining("/bookings");
		assertThat(find("#flash-message").getText()).isEqualTo("预约成功。");
		WebElement row = find(".booking-row");
		assertThat(row.getText()).contains(COURSE + " · " + LAB_TITLE, day + " " + time, "宁波职业技术学院工业机器人实训基地",
				"已确认");
		String bookingId = row.getAttribute("data-booking-id");
		assertThat(bookingId).matches("\\d+");
		find("#logout").click();

		// The cluster admin picks the base and the week, and finds the booking on its day.
		logIn("admin", "academy-demo");
		open("/labadmin/calendar?base=" + BASE + "&week=" + day);
		assertThat(find("h1").getText()).contains("宁波职业技术学院工业机器人实训基地");
		WebElement entry = find("#base-calendar").findElements(By.cssSelector(".calendar-booking"))
			.stream()
			.filter(candidate -> candidate.getText().contains("#" + bookingId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Booking #" + bookingId + " is not on the base calendar"));
		assertThat(entry.getText()).startsWith(time + "–").contains(COURSE, "测试学员");
		assertThat(dayOfColumn(entry)).isEqualTo(day.format(DateTimeFormatter.ofPattern("MM-dd")));
		find("#logout").click();

		// Back as the student: cancelling moves the booking from upcoming to past, shown as cancelled.
		logIn(student, TestStudents.PASSWORD);
		open("/bookings");
		find(".booking-row[data-booking-id='" + bookingId + "'] .cancel-button").click();
		assertThat(find("#flash-message").getText()).isEqualTo("预约已取消。");
		assertThat(browser.findElements(By.cssSelector(".booking-row[data-booking-id='" + bookingId + "']"))).isEmpty();
		assertThat(find("#upcoming-empty").getText()).contains("还没有预约");
		WebElement past = find("#past-bookings .past-row[data-booking-id='" + bookingId + "']");
		assertThat(past.getText()).contains(day + " " + time, COURSE + " · " + LAB_TITLE, "已取消", "本人取消");
	}

	/**
	 * The first Thursday or Friday 8 to 13 days ahead in Beijing: inside the 14-day horizon and away from the
	 * Tuesdays and Wednesdays other tests book.
	 */
	private static LocalDate thursdayOrFridayAboutTenDaysAhead() {
		LocalDate day = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(8);
		while (day.getDayOfWeek() != DayOfWeek.THURSDAY && day.getDayOfWeek() != DayOfWeek.FRIDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** Sets a date input to an ISO date: typing into it depends on the browser's locale. */
	private void setDate(String id, LocalDate date) {
		WebElement field = find("#" + id);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field,
				date.toString());
		assertThat(field.getAttribute("value")).isEqualTo(date.toString());
	}

	/** The free-slot events FullCalendar has drawn in the given day's column, once it has fetched them. */
	private List<WebElement> eventsOn(LocalDate day) {
		By events = By.cssSelector("#slot-calendar td.fc-timegrid-col[data-date='" + day + "'] .slot-event");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(events));
		return browser.findElements(events);
	}

	private static String startTime(WebElement event) {
		Matcher matcher = EVENT_TIME.matcher(event.getText());
		assertThat(matcher.find()).as("a start time on event '%s'", event.getText()).isTrue();
		return matcher.group();
	}

	private static int minutesOfDay(WebElement event) {
		String[] parts = startTime(event).split(":");
		return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
	}

	private String dayOfColumn(WebElement entry) {
		WebElement cell = entry.findElement(By.xpath("./ancestor::td[1]"));
		int column = Integer.parseInt(String.valueOf(((JavascriptExecutor) browser)
			.executeScript("return arguments[0].cellIndex;", cell)));
		String header = find("#base-calendar thead").findElements(By.tagName("th")).get(column).getText();
		return header.substring(0, 5);
	}

	private void scrollIntoView(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				element);
	}

	/** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
	private void screenshot(String name) throws IOException {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
