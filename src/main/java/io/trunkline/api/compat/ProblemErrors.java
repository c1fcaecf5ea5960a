package io.trunkline.api.compat;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The error shape of a platform whose page documents no error body (Dasha, SigmaMind):
 * RFC 9457 problem details, {@code title} the status's reason, {@code detail} every
 * problem joined, {@code errors} each one, with the platform's field names.
 */
abstract class ProblemErrors extends CompatErrors {

	@Override
	public ResponseEntity<Object> answer(HttpStatus status, List<String> messages) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join("; ", messages));
		problem.setProperty("errors", messages);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
