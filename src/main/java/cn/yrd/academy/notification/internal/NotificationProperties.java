package cn.yrd.academy.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are mailed and how long they are kept ({@code academy.notification.*}). Whether mail is
 * sent at all is decided by {@code spring.mail.host}, not here.
 *
 * @param from the sender of every email, a display name and an address
 * @param publicUrl where users reach the platform, without a trailing slash; a notification's link is made
 * absolute with it, because a path alone means nothing in a mail program
 * @param keepRead read notifications older than this are deleted by the {@code notification-purge} job
 * @param keepAll any notification older than this is deleted, read or not, unless its email is still pending
 * @param giveUpAfter an email still not sent this long after its notification was made is marked failed and
 * no longer retried: by then its news is stale, and the notification center still has it
 */
@ConfigurationProperties("academy.notification")
public record NotificationProperties(@DefaultValue("工赋学院 <noreply@academy.local>") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("90d") Duration keepRead,
		@DefaultValue("365d") Duration keepAll, @DefaultValue("3d") Duration giveUpAfter) {

	public NotificationProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The link as an address a mail program can open, or null when the notification has none. */
	String absolute(String link) {
		return link == null ? null : publicUrl + link;
	}

}
