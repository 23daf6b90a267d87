package cn.yrd.academy.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class NotificationPropertiesTests {

	private static NotificationProperties properties(String publicUrl) {
		return new NotificationProperties("工赋学院 <noreply@academy.local>", publicUrl, Duration.ofDays(90),
				Duration.ofDays(365), Duration.ofDays(3));
	}

	@Test
	void makesALinkAbsoluteWithThePublicUrl() {
		assertThat(properties("https://academy.example.cn").absolute("/bookings"))
			.isEqualTo("https://academy.example.cn/bookings");
		assertThat(properties("https://academy.example.cn/").absolute("/bookings"))
			.isEqualTo("https://academy.example.cn/bookings");
		assertThat(properties("https://academy.example.cn").absolute(null)).isNull();
	}

	@Test
	void startLogSaysMailIsOffWithoutAMailServer() {
		assertThat(NotificationConfiguration.mailStatus(null, properties("http://localhost:8080")))
			.contains("spring.mail.host is not set; notifications stay in the notification center");
	}

	@Test
	void startLogNamesTheMailServerWhenMailIsOn() {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("smtp.example.cn");
		smtp.setPort(587);

		assertThat(NotificationConfiguration.mailStatus(smtp, properties("http://localhost:8080")))
			.startsWith("Email is on").contains("smtp.example.cn:587");
	}

	@Test
	void describesAFailureWithItsCausesInOneLine() {
		RuntimeException failure = new RuntimeException("Mail server connection failed",
				new IllegalStateException("Connection refused\n  to 127.0.0.1:1"));

		assertThat(EmailDelivery.describe(failure))
			.isEqualTo("RuntimeException: Mail server connection failed <- IllegalStateException: Connection refused to 127.0.0.1:1");
	}

}
