package cn.yrd.academy.notification;

/**
 * Sends notifications to users.
 */
public interface Notifications {

	/**
	 * Records the notification in its recipient's notification center inside the caller's transaction, so it
	 * commits or rolls back with what it tells about. When mail is configured and the recipient's account is
	 * enabled, an email follows after the commit; a failed delivery is retried later and never undoes anything.
	 * An unknown recipient is logged and skipped.
	 */
	void send(Notification notification);

}
