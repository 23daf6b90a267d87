package cn.yrd.academy.catalog.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such course, or not one the viewer may see: both answer 404, so hidden courses stay hidden. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CourseNotFoundException extends RuntimeException {

	public CourseNotFoundException(String code) {
		super("No visible course " + code);
	}

}
