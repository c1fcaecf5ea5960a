package io.trunkline.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/twilio-integrations}: the organization's Twilio accounts through
 * {@link TwilioIntegrationService} (everybody reads, admins change), as
 * {@link SipTrunkController} serves trunks.
 */
@RestController
@RequestMapping(path = "/api/v1/twilio-integrations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Twilio integrations", description = "Twilio accounts numbers run on; auth tokens are write-only")
class TwilioIntegrationController {

	static final String EXAMPLE = """
			{"name": "Twilio US", "account_sid": "AC0123456789abcdef0123456789abcdef", "auth_token": "your-auth-token"}""";

	private final TwilioIntegrationService integrations;

	TwilioIntegrationController(TwilioIntegrationService integrations) {
		this.integrations = integrations;
	}

	@GetMapping
	@Operation(summary = "List the organization's Twilio integrations by name")
	TwilioIntegrationList list() {
		return new TwilioIntegrationList(this.integrations.list().stream().map(TwilioIntegrationResponse::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One Twilio integration; its version is also the ETag")
	ResponseEntity<TwilioIntegrationResponse> get(@PathVariable long id) {
		return withEtag(ResponseEntity.ok(), this.integrations.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a Twilio integration (admin); the auth token is required",
			description = "Send an Idempotency-Key header to make a retry safe.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "create", value = EXAMPLE))))
	ResponseEntity<TwilioIntegrationResponse> create(@RequestBody TwilioIntegrationRequest request) {
		TwilioSummary created = this.integrations.create(request.applyTo(new TwilioCommand()));
		return withEtag(ResponseEntity.created(URI.create("/api/v1/twilio-integrations/" + created.id())), created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of a Twilio integration (admin)",
			description = "Send the version read as If-Match (412 when stale) or as a 'version' field "
					+ "(409 when stale). A missing or null field keeps its value, an empty auth_token too.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "rename", value = "{\"name\": \"Twilio EU\", \"version\": 0}"))))
	ResponseEntity<TwilioIntegrationResponse> update(@PathVariable long id,
			@RequestBody TwilioIntegrationRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TwilioCommand command = request.applyTo(TwilioCommand.of(this.integrations.get(id)));
		TwilioSummary changed = Versions.change(ifMatch, request.version(), "version",
				(version) -> this.integrations.update(id, version, command));
		return withEtag(ResponseEntity.ok(), changed);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a Twilio integration no number uses (admin); 409 says how many do")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.integrations.delete(id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TwilioIntegrationResponse> withEtag(ResponseEntity.BodyBuilder builder,
			TwilioSummary integration) {
		return builder.eTag(Versions.etag(integration.version())).body(TwilioIntegrationResponse.of(integration));
	}

}
