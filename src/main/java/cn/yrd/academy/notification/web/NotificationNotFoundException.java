package cn.yrd.academy.notification.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such notification, or another user's: both answer 404, so nobody learns which ids exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotificationNotFoundException extends RuntimeException {

	NotificationNotFoundException(long id) {
		super("No notification " + id + " of the signed-in user");
	}

}
