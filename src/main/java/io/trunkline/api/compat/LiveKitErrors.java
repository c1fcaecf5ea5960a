package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Twilio/LiveKit platform's errors. Its page names the statuses but no error body:
 * this is the closest shape it documents, its answer's {@code success} and
 * {@code message}. A duplicate is its 409.
 */
@RestControllerAdvice(assignableTypes = LiveKitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveKitErrors extends CompatErrors {

	static final String DUPLICATE = "Phone number already exists";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("number", "phone_number"),
			Map.entry("terminationUri", "sip_server_address"), Map.entry("authUsername", "sip_username"),
			Map.entry("newPassword", "sip_password"), Map.entry("name", "sip_trunk_name"),
			Map.entry("inboundPin", "inbound_pin"), Map.entry("inboundRoomPattern", "inbound_room_name"),
			Map.entry("twilioIntegrationId", "integration_id"));

	@Override
	String base() {
		return LiveKitController.BASE;
	}

	@Override
	public ResponseEntity<Object> answer(HttpStatus status, List<String> messages) {
		return ResponseEntity.status(status).body(new Body(false, String.join("; ", messages)));
	}

	@Override
	Map<String, String> fieldNames() {
		return FIELDS;
	}

	@Override
	ResponseEntity<Object> duplicate() {
		return answer(HttpStatus.CONFLICT, List.of(DUPLICATE));
	}

	record Body(boolean success, String message) {

	}

}
