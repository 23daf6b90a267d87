package cn.yrd.academy.talent.internal;

/**
 * A talent pool action broke a rule; the message key explains it to the user.
 */
public class TalentRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public TalentRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
