package io.trunkline.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The API's problem details (RFC 9457): a status, a text for people and a stable
 * {@code code} for programs. Never an exception's own message, which could quote SQL or a
 * value.
 */
final class Problems {

	static final String CODE = "code";

	private Problems() {
	}

	static ProblemDetail of(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty(CODE, code);
		return problem;
	}

	static ProblemDetail unauthorized() {
		return of(HttpStatus.UNAUTHORIZED, "unauthorized",
				"Send a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");
	}

}
