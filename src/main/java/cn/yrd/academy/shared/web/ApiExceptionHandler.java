package cn.yrd.academy.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns errors in {@code /api} controllers into problem details with a stable {@code code} and a
 * detail in the caller's language. Pages keep the HTML error pages.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Map<Class<? extends Exception>, String> CODES = Map.of(
			HttpMessageNotReadableException.class, "malformed-request",
			MethodArgumentNotValidException.class, "invalid-request",
			HttpRequestMethodNotSupportedException.class, "method-not-allowed",
			HttpMediaTypeNotSupportedException.class, "unsupported-media-type",
			NoResourceFoundException.class, "not-found");

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex, Locale locale) {
		return ApiProblem.response(ex.status(), ex.code(),
				messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = handleExceptionInternal(ex, null, headers, status, request);
		Locale locale = LocaleContextHolder.getLocale();
		((ProblemDetail) response.getBody()).setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
			.toList());
		return response;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			String code = CODES.getOrDefault(ex.getClass(), "request-failed");
			problem.setType(URI.create(ApiProblem.TYPE_BASE + code));
			problem.setProperty("code", code);
			problem.setDetail(messages.getMessage("api.error." + code, null, LocaleContextHolder.getLocale()));
		}
		return response;
	}

	record FieldProblem(String field, String message) {
	}

}
