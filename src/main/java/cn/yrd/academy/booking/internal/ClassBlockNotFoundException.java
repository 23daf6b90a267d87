package cn.yrd.academy.booking.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such class block, or not one the user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClassBlockNotFoundException extends RuntimeException {

	public ClassBlockNotFoundException(long id) {
		super("No class block " + id, null, false, false);
	}

}
