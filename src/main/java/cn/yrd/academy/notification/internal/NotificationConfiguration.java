package cn.yrd.academy.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The notification settings, and one line in the log at start saying whether notifications are also mailed:
 * mail is optional, so an operator who expects email and gets none should see why without reading the code.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationProperties properties;

	NotificationConfiguration(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logMailStatus() {
		log.info(mailStatus(mail.getIfAvailable(), properties));
	}

	static String mailStatus(JavaMailSender sender, NotificationProperties properties) {
		if (sender == null) {
			return "Email is off: spring.mail.host is not set; notifications stay in the notification center";
		}
		if (sender instanceof JavaMailSenderImpl smtp) {
			String port = smtp.getPort() > 0 ? String.valueOf(smtp.getPort()) : "default port";
			return "Email is on: notifications are also sent through " + smtp.getHost() + ":" + port + " from "
					+ properties.from() + ", links to " + properties.publicUrl();
		}
		return "Email is on: notifications are also sent through " + sender.getClass().getSimpleName();
	}

}
