package cn.yrd.academy.talent.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No active profile with that id: unknown, never consented or withdrawn all look the same, a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProfileNotFoundException extends RuntimeException {

	public ProfileNotFoundException(String publicId) {
		super("No talent profile " + publicId);
	}

}
