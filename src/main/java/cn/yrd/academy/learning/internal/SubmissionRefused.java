package cn.yrd.academy.learning.internal;

/**
 * A submission or grading broke a rule; the message key explains it to the user.
 */
public class SubmissionRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public SubmissionRefused(String messageKey, Object... arguments) {
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
