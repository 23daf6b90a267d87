package cn.yrd.academy.talent.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No shortlist entry with that id for the caller's company, a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ShortlistEntryNotFoundException extends RuntimeException {

	public ShortlistEntryNotFoundException(long id) {
		super("No shortlist entry " + id);
	}

}
