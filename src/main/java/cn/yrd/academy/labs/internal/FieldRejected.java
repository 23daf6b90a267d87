package cn.yrd.academy.labs.internal;

/**
 * A rule a form value breaks, named by the form field and a message key (with arguments), so the page can
 * show it next to the field in the user's language. Never carries a submitted secret.
 */
public class FieldRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public FieldRejected(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
