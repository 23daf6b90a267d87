package cn.yrd.academy.labs.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such machine, or one of another base than the lab admin's: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MachineNotFoundException extends RuntimeException {

	public MachineNotFoundException(long id) {
		super("No lab machine " + id + " in reach");
	}

}
