package cn.yrd.academy.identity.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganizationNotFoundException extends RuntimeException {

	public OrganizationNotFoundException(long id) {
		super("No organization or training base " + id);
	}

}
