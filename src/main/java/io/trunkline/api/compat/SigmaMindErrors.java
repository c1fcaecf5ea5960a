package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * SigmaMind's errors. Its page documents no error body: problem details
 * ({@link ProblemErrors}). A duplicate is 409.
 */
@RestControllerAdvice(assignableTypes = SigmaMindController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SigmaMindErrors extends ProblemErrors {

	static final String DUPLICATE = "Phone number already exists";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("number", "phoneNumber"),
			Map.entry("displayName", "friendlyName"), Map.entry("terminationUri", "terminationSipURI"),
			Map.entry("authUsername", "trunkUsername"), Map.entry("newPassword", "trunkPassword"),
			Map.entry("inbound", "inboundAgentId"), Map.entry("outbound", "outboundAgentId"),
			Map.entry("testCallDestination", "outboundPhoneNumber"));

	@Override
	String base() {
		return SigmaMindController.BASE;
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
