package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Retell's error shape, {@code {"status": "error", "message": "..."}}, every problem in
 * the one message. Retell documents no duplicate answer: a duplicate is its 400.
 */
@RestControllerAdvice(assignableTypes = RetellController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RetellErrors extends CompatErrors {

	static final String DUPLICATE = "Phone number already exists";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("number", "phone_number"),
			Map.entry("displayName", "nickname"), Map.entry("terminationUri", "termination_uri"),
			Map.entry("authUsername", "sip_trunk_auth_username"), Map.entry("newPassword", "sip_trunk_auth_password"),
			Map.entry("inbound", "inbound_agents"), Map.entry("outbound", "outbound_agents"),
			Map.entry("inboundWebhookUrl", "inbound_webhook_url"),
			Map.entry("allowedInboundCountries", "allowed_inbound_country_list"),
			Map.entry("allowedOutboundCountries", "allowed_outbound_country_list"));

	@Override
	String base() {
		return RetellController.BASE;
	}

	@Override
	public ResponseEntity<Object> answer(HttpStatus status, List<String> messages) {
		return ResponseEntity.status(status).body(new Body("error", String.join("; ", messages)));
	}

	@Override
	Map<String, String> fieldNames() {
		return FIELDS;
	}

	@Override
	ResponseEntity<Object> duplicate() {
		return answer(HttpStatus.BAD_REQUEST, List.of(DUPLICATE));
	}

	record Body(String status, String message) {

	}

}
