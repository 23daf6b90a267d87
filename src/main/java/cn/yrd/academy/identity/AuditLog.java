package cn.yrd.academy.identity;

/**
 * Records security-relevant facts for cluster admins to review. Every module records through this.
 */
public interface AuditLog {

	/**
	 * Records an event; the client address is taken from the current request when there is one.
	 * @param type what happened
	 * @param actor the username who did it, or {@code null} for the system or an anonymous client
	 * @param subject the username or object it concerns, or {@code null}
	 * @param details a short free-text detail, or {@code null}
	 */
	void record(AuditEventType type, String actor, String subject, String details);

}
