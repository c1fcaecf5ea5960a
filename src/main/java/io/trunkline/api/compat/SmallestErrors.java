package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Smallest's error shape, {@code {"status": false, "errors": [...]}}, for every refusal;
 * a duplicate is its documented 400 {@code "Number already present"}.
 */
@RestControllerAdvice(assignableTypes = SmallestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SmallestErrors extends CompatErrors {

	static final String DUPLICATE = "Number already present";

	private static final Map<String, String> FIELDS = Map.of("number", "phoneNumber", "displayName", "name",
			"terminationUri", "sipTerminationUrl", "authUsername", "sipUsername", "newPassword", "sipPassword", "name",
			"name");

	@Override
	String base() {
		return SmallestController.BASE;
	}

	@Override
	public ResponseEntity<Object> answer(HttpStatus status, List<String> messages) {
		return ResponseEntity.status(status).body(new Body(false, messages));
	}

	@Override
	Map<String, String> fieldNames() {
		return FIELDS;
	}

	@Override
	ResponseEntity<Object> duplicate() {
		return answer(HttpStatus.BAD_REQUEST, List.of(DUPLICATE));
	}

	record Body(@JsonProperty("status") boolean status, @JsonProperty("errors") List<String> errors) {

	}

}
