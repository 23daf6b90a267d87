package cn.yrd.academy.learning.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class SubmissionNotFoundException extends RuntimeException {

	public SubmissionNotFoundException(long id) {
		super("No lab submission " + id);
	}

}
