package cn.yrd.academy.talent.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No demand with that id for the caller's company: another company's demand looks the same, a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DemandNotFoundException extends RuntimeException {

	public DemandNotFoundException(Object id) {
		super("No talent demand " + id);
	}

}
