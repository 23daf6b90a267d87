package cn.yrd.academy.identity.internal;

/**
 * A rule a form value breaks, named by the form field and a message key, so the page can show it
 * next to the field in the user's language.
 */
public class FieldRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRejected(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
