package cn.yrd.academy.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.notification.TestNotifications;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification center as its reader uses it, on the shared context: what a transaction sent shows up for
 * its recipient only, the badge counts what is unread, marking read works with and without htmx and never on
 * another user's notification.
 */
@IntegrationTest
class NotificationCenterIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Notifications notifications;

	@Autowired
	private NotificationCenter center;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private UserDetailsService users;

	private TestNotifications fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TestNotifications(registrations, organizations, notifications, transactions);
	}

	@Test
	void notificationSentInATransactionAppearsInTheCenterOfItsUser() {
		AcademyUser student = student("center");
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));

		Document page = page(student);

		assertThat(page.select(".notification-item")).hasSize(1);
		assertThat(page.select(".notification-unread .notification-subject").text())
			.isEqualTo("预约成功：交通灯顺序控制，2026-11-24 10:00");
		assertThat(page.select(".notification-body").text()).contains("2026-11-24 10:00 至 2026-11-24 12:00");
		assertThat(page.select(".notification-link").attr("href")).isEqualTo("/bookings");
		assertThat(page.select("time").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(badge(student)).isEqualTo("1");
	}

	@Test
	void pageIsInEnglishWhenAskedFor() {
		AcademyUser student = student("center-en");
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));

		MvcTestResult result = mvc.get().uri("/notifications?lang=en").with(user(student)).exchange();

		Document page = Jsoup.parse(body(result));
		assertThat(page.select("h1").text()).isEqualTo("Notifications");
		assertThat(page.select(".notification-subject").text()).isEqualTo("Booked: 交通灯顺序控制, 2026-11-24 10:00");
	}

	@Test
	void markingReadWithHtmxSwapsTheItemAndLowersTheBadge() {
		AcademyUser student = student("center-read");
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));
		long id = center.recent(student.id(), 1, Locale.SIMPLIFIED_CHINESE).get(0).id();

		MvcTestResult result = mvc.post().uri("/notifications/{id}/read", id).header("HX-Request", "true")
			.with(user(student)).with(csrf()).exchange();

		assertThat(result).hasStatusOk();
		Document answer = Jsoup.parse(body(result));
		assertThat(answer.select("#notification-" + id).hasClass("notification-read")).isTrue();
		assertThat(answer.select("#notification-" + id + " .mark-read")).isEmpty();
		assertThat(answer.select("#notification-count[hx-swap-oob] #notification-badge").text()).isEqualTo("1");
		assertThat(center.unread(student.id())).isEqualTo(1);
		assertThat(badge(student)).isEqualTo("1");
	}

	@Test
	void anotherUserCannotMarkANotificationRead() {
		AcademyUser owner = student("center-owner");
		AcademyUser other = student("center-other");
		fixtures.send(TestNotifications.bookingConfirmed(owner.id()));
		long id = center.recent(owner.id(), 1, Locale.SIMPLIFIED_CHINESE).get(0).id();

		MvcTestResult result = mvc.post().uri("/notifications/{id}/read", id).header("HX-Request", "true")
			.with(user(other)).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(center.unread(owner.id())).isEqualTo(1);
		assertThat(page(other).select(".notification-item")).isEmpty();
	}

	@Test
	void markAllReadWorksAsAPlainFormAndClearsTheBadge() {
		AcademyUser student = student("center-all");
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));

		MvcTestResult result = mvc.post().uri("/notifications/read-all").with(user(student)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/notifications");
		assertThat(center.unread(student.id())).isZero();
		assertThat(badge(student)).isEmpty();
		assertThat(page(student).select(".notification-read")).hasSize(2);
	}

	@Test
	void markingReadWithoutJavaScriptRedirectsToThePage() {
		AcademyUser student = student("center-nojs");
		fixtures.send(TestNotifications.bookingConfirmed(student.id()));
		long id = center.recent(student.id(), 1, Locale.SIMPLIFIED_CHINESE).get(0).id();

		MvcTestResult result = mvc.post().uri("/notifications/{id}/read", id).with(user(student)).with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/notifications");
		assertThat(center.unread(student.id())).isZero();
	}

	@Test
	void aUserWithoutNotificationsSeesTheEmptyState() {
		Document page = page(student("center-empty"));

		assertThat(page.select("#notifications-empty").text()).contains("暂无通知");
		assertThat(page.select("#mark-all-read")).isEmpty();
	}

	@Test
	void notificationsNeedASignedInUser() {
		assertThat(mvc.get().uri("/notifications").exchange()).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/notifications/badge").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/notifications/read-all").with(csrf()).exchange()).hasStatus3xxRedirection();
	}

	@Test
	void layoutCarriesTheBellThatLoadsTheBadge() {
		Document page = page(student("center-bell"));

		assertThat(page.select("#notification-bell").attr("href")).isEqualTo("/notifications");
		assertThat(page.select("#notification-count").attr("hx-get")).isEqualTo("/notifications/badge");
		assertThat(page.select("#notification-count").attr("hx-trigger")).isEqualTo("load, every 60s");
	}

	private AcademyUser student(String prefix) {
		String username = fixtures.student(prefix, Locale.SIMPLIFIED_CHINESE).getUsername();
		return (AcademyUser) users.loadUserByUsername(username);
	}

	private Document page(AcademyUser student) {
		MvcTestResult result = mvc.get().uri("/notifications").with(user(student)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	/** The badge's number, or an empty string when none is shown. */
	private String badge(AcademyUser student) {
		MvcTestResult result = mvc.get().uri("/notifications/badge").header("HX-Request", "true")
			.with(user(student)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result)).select("#notification-badge").text();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
