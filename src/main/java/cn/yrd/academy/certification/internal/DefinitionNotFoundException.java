package cn.yrd.academy.certification.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No certification definition with that code: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DefinitionNotFoundException extends RuntimeException {

	public DefinitionNotFoundException(String code) {
		super("No certification " + code);
	}

}
