package cn.yrd.academy.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A rule violation in an API call: status, stable code and a translated message.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String messageKey;

	private final transient Object[] arguments;

	public ApiException(HttpStatus status, String code, String messageKey, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
