package cn.yrd.academy.certification.internal;

/**
 * A certification action broke a rule; the message key explains it to the user.
 */
public class CertificateRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public CertificateRefused(String messageKey, Object... arguments) {
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
