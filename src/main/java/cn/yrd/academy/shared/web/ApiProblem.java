package cn.yrd.academy.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details with a stable machine-readable {@code code} for API clients.
 */
public final class ApiProblem {

	/** Problem types are named by their code under this base. */
	public static final String TYPE_BASE = "https://academy.yrd.cn/problems/";

	private ApiProblem() {
	}

	public static ProblemDetail of(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setProperty("code", code);
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(HttpStatus status, String code, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(of(status, code, detail));
	}

}
