package cn.yrd.academy.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns errors in {@code /api} controllers into problem details with a {@code code}.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return ApiProblem.response(HttpStatus.BAD_REQUEST, "malformed-request",
				messages.getMessage("api.error.malformedRequest", null, locale));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale) {
		ResponseEntity<ProblemDetail> response = ApiProblem.response(HttpStatus.BAD_REQUEST, "invalid-request",
				messages.getMessage("api.error.invalidRequest", null, locale));
		response.getBody().setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
			.toList());
		return response;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex, Locale locale) {
		return ApiProblem.response(ex.status(), ex.code(),
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

	record FieldProblem(String field, String message) {
	}

}
