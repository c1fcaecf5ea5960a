package io.trunkline.api.compat;

import java.util.List;
import java.util.OptionalLong;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.security.CurrentUser;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthService;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dasha's {@code POST /api/v1/sip-phone-numbers}: a number on reusable SIP credentials
 * named by id, which here are one of the organization's SIP trunks (its id as
 * {@link CompatIds a UUID}). Nothing is created but the number, so an Agent manager key
 * imports too.
 */
@RestController
@RequestMapping(path = DashaController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dasha")
class DashaController {

	static final String BASE = "/api/compat/dasha";

	/** Dasha's limit of {@code phoneNumber}, {@code displayName}, {@code description}. */
	static final int TEXT_MAX = 255;

	private final CompatImports imports;

	private final CurrentUser currentUser;

	private final TrunkHealthService health;

	DashaController(CompatImports imports, CurrentUser currentUser, TrunkHealthService health) {
		this.imports = imports;
		this.currentUser = currentUser;
		this.health = health;
	}

	@PostMapping(path = "/api/v1/sip-phone-numbers")
	@ResponseStatus(HttpStatus.OK)
	@Operation(summary = "Create phone number (Dasha's request and answer)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = DashaRequest.class))))
	@ApiResponse(responseCode = "200", description = "Phone number created successfully",
			content = @Content(schema = @Schema(implementation = DashaResponse.class)))
	@ApiResponse(responseCode = "400", description = "A field Dasha's rules refuse (problem details)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The SIP credentials (trunk) are not the organization's",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The number exists in the organization",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	DashaResponse createPhoneNumber(@RequestBody(required = false) String body) {
		CompatBody json = CompatBody.parse(body);
		String number = json.text("phoneNumber", true, TEXT_MAX);
		String credentialsId = json.text("credentialsId", true, 0);
		String displayName = json.text("displayName", false, TEXT_MAX);
		String description = json.text("description", false, TEXT_MAX);
		boolean registration = json.bool("registration", false);
		if (credentialsId != null && !CompatIds.UUID.matcher(credentialsId).matches()) {
			json.error("credentialsId must be a UUID");
		}
		json.finish();

		TrunkSummary trunk = credentials(credentialsId);
		if (trunk.registrationEnabled() != registration) {
			throw new CompatException(HttpStatus.BAD_REQUEST, "registration must be " + trunk.registrationEnabled()
					+ ": SIP registration is a setting of these credentials (trunk " + trunk.name() + ")");
		}
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setPseudo(!CompatImports.isE164(number));
		command.setDisplayName((displayName != null) ? displayName : "");
		command.setDescription((description != null) ? description : "");
		command.setSipTrunkId(trunk.id());
		PhoneNumberDetails created = this.imports.create(command);
		List<Long> inbound = created.bindings().inbound().stream().map((line) -> line.agentId()).toList();
		String agent = inbound.isEmpty() ? null : this.imports.externalIds(inbound).get(inbound.get(0));
		RegistrationView registrationNow = this.health.registrations(List.of(trunk.id())).get(trunk.id());
		return DashaResponse.of(created, this.currentUser.organizationId(), trunk, registrationNow, agent);
	}

	/** The organization's trunk the UUID names; 404 for any other UUID. */
	private TrunkSummary credentials(String credentialsId) {
		OptionalLong id = CompatIds.id(credentialsId);
		return (id.isPresent() ? this.imports.findTrunk(id.getAsLong()) : java.util.Optional.<TrunkSummary>empty())
			.orElseThrow(
					() -> new CompatException(HttpStatus.NOT_FOUND, "SIP credentials not found: " + credentialsId));
	}

}
