package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Dasha's errors. Its page documents no error body: problem details
 * ({@link ProblemErrors}). A duplicate is 409: the number exists in the organization.
 */
@RestControllerAdvice(assignableTypes = DashaController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashaErrors extends ProblemErrors {

	static final String DUPLICATE = "Phone number already exists in this organization";

	private static final Map<String, String> FIELDS = Map.of("number", "phoneNumber", "displayName", "displayName",
			"description", "description", "sipTrunkId", "credentialsId");

	@Override
	String base() {
		return DashaController.BASE;
	}

	@Override
	Map<String, String> fieldNames() {
		return FIELDS;
	}

	@Override
	ResponseEntity<Object> duplicate() {
		return answer(HttpStatus.CONFLICT, List.of(DUPLICATE));
	}

}
