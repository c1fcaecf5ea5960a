package io.trunkline.api.compat;

import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.Provider;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.security.CurrentUser;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.Transport;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Twilio/LiveKit platform's {@code POST /api/phone-numbers} (reference file 002): a
 * number on a Twilio integration of the organization, or on a SIP trunk found identical
 * or made; {@code X-Organization-Id} must be the key's organization.
 */
@RestController
@RequestMapping(path = LiveKitController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Twilio/LiveKit platform")
class LiveKitController {

	static final String BASE = "/api/compat/livekit";

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

	private static final Pattern INTEGRATION = Pattern.compile("^(?:intg_)?([0-9]{1,18})$");

	private final CompatImports imports;

	private final CurrentUser currentUser;

	LiveKitController(CompatImports imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/phone-numbers")
	@Operation(summary = "Import a phone number from Twilio or a LiveKit SIP trunk (the platform's request and answer)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = LiveKitRequest.class))))
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LiveKitResponse.class)))
	@ApiResponse(responseCode = "400", description = "Missing required fields or invalid provider",
			content = @Content(schema = @Schema(implementation = LiveKitErrors.Body.class)))
	@ApiResponse(responseCode = "403",
			description = "Not the key's organization, or a role without phone_numbers:create",
			content = @Content(schema = @Schema(implementation = LiveKitErrors.Body.class)))
	@ApiResponse(responseCode = "404", description = "Integration not found",
			content = @Content(schema = @Schema(implementation = LiveKitErrors.Body.class)))
	@ApiResponse(responseCode = "409", description = "Phone number already exists",
			content = @Content(schema = @Schema(implementation = LiveKitErrors.Body.class)))
	LiveKitResponse importNumber(
			@Parameter(description = "The key's organization id") @RequestHeader(name = "X-Organization-Id",
					required = false) String organizationId,
			@RequestBody(required = false) String body) {
		checkOrganization(organizationId);
		CompatBody json = CompatBody.parse(body);
		String number = json.text("phone_number", true, 0);
		String provider = json.text("provider", true, 0);
		boolean inbound = json.bool("supports_inbound", false);
		boolean outbound = json.bool("supports_outbound", false);
		String integrationId = json.text("integration_id", false, 0);
		String trunkName = json.text("sip_trunk_name", false, 0);
		String username = json.text("sip_username", false, 0);
		String password = json.text("sip_password", false, 0);
		String server = json.text("sip_server_address", false, 0);
		String room = json.text("inbound_room_name", false, 0);
		String pin = json.text("inbound_pin", false, 0);
		MediaEncryption media = media(json, json.text("media_encryption", false, 0));
		if (number != null && !number.isEmpty() && !E164.matcher(number).matches()) {
			json.error("phone_number must be in E.164 format (e.g. +12345678900)");
		}
		if (provider != null && !provider.isEmpty() && !provider.equals("twilio") && !provider.equals("sip")) {
			json.error("provider must be twilio or sip");
		}
		if ("twilio".equals(provider) && integrationId == null) {
			json.error("integration_id is required for the twilio provider");
		}
		if ("sip".equals(provider) && (server == null || server.isBlank())) {
			json.error("sip_server_address is required for the sip provider");
		}
		if (pin != null && (pin.length() < 4 || pin.length() > 10)) {
			json.error("inbound_pin must be 4 to 10 characters");
		}
		json.finish();

		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setPseudo(!CompatImports.isE164(number));
		command.setSupportsInbound(inbound);
		command.setSupportsOutbound(outbound);
		command.setInboundRoomPattern((room != null) ? room : "");
		command.setInboundPin((pin != null) ? pin : "");
		if (provider.equals("twilio")) {
			command.setProvider(Provider.TWILIO);
			command.setTwilioIntegrationId(integration(integrationId));
			return LiveKitResponse.of(this.imports.create(command));
		}
		InlineTrunk trunk = new InlineTrunk("LiveKit", trunkName, server, Transport.TCP, username, password, media);
		return LiveKitResponse.of(this.imports.importOnTrunk(trunk, command));
	}

	private void checkOrganization(String organizationId) {
		if (organizationId == null || organizationId.isBlank()) {
			throw new CompatException(HttpStatus.BAD_REQUEST, "X-Organization-Id header is required");
		}
		if (!organizationId.strip().equals(String.valueOf(this.currentUser.organizationId()))) {
			throw new CompatException(HttpStatus.FORBIDDEN, "The API key does not belong to this organization");
		}
	}

	/** The organization's integration an {@code intg_<id>} names; 404 for any other. */
	private long integration(String integrationId) {
		var matcher = INTEGRATION.matcher(integrationId.strip());
		if (!matcher.matches() || !this.imports.hasIntegration(Long.parseLong(matcher.group(1)))) {
			throw new CompatException(HttpStatus.NOT_FOUND, "Integration not found");
		}
		return Long.parseLong(matcher.group(1));
	}

	private static MediaEncryption media(CompatBody json, String value) {
		if (value == null) {
			return MediaEncryption.ALLOW;
		}
		return switch (value) {
			case "disable" -> MediaEncryption.DISABLE;
			case "allow" -> MediaEncryption.ALLOW;
			case "require" -> MediaEncryption.REQUIRE;
			default -> {
				json.error("media_encryption must be disable, allow or require");
				yield MediaEncryption.ALLOW;
			}
		};
	}

}
