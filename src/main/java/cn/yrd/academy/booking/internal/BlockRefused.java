package cn.yrd.academy.booking.internal;

/**
 * A class block request or decision was refused. Names the form field at fault, if any, and the message that
 * says why; nothing was written.
 */
public class BlockRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public BlockRefused(String field, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field at fault, or {@code null} when the request as a whole is. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
