package cn.yrd.academy.certification.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No certificate of that number, or none the caller may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CertificateNotFoundException extends RuntimeException {

	public CertificateNotFoundException(String number) {
		super("No certificate " + number);
	}

}
