package io.trunkline.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.TrunkHealthService;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthView;

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
 * {@code /api/v1/sip-trunks}: the organization's SIP trunks through {@link TrunkService},
 * which decides who may do what (everybody reads, admins change), with each trunk's
 * health from {@link TrunkHealthService} (admins and agent managers check one now).
 */
@RestController
@RequestMapping(path = "/api/v1/sip-trunks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SIP trunks", description = "Reusable SIP trunks; passwords are write-only")
class SipTrunkController {

	static final String CREATE_EXAMPLE = """
			{"name": "Carrier A", "termination_uri": "sip:pbx.example.com:5060", "transport": "UDP",
			 "auth_username": "trunkline", "auth_password": "s3cret"}""";

	private final TrunkService trunks;

	private final TrunkHealthService health;

	SipTrunkController(TrunkService trunks, TrunkHealthService health) {
		this.trunks = trunks;
		this.health = health;
	}

	@GetMapping
	@Operation(summary = "List the organization's SIP trunks by name, each with its last check")
	SipTrunkList list() {
		List<TrunkSummary> list = this.trunks.list();
		List<Long> ids = list.stream().map(TrunkSummary::id).toList();
		Map<Long, TrunkHealthView> views = this.health.forTrunks(ids);
		Map<Long, RegistrationView> registrations = this.health.registrations(ids);
		return new SipTrunkList(list.stream()
			.map((trunk) -> SipTrunkResponse.of(trunk, views.get(trunk.id()), registrations.get(trunk.id())))
			.toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One SIP trunk; its version is also the ETag")
	ResponseEntity<SipTrunkResponse> get(@PathVariable long id) {
		return withEtag(ResponseEntity.ok(), this.trunks.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a SIP trunk (admin)",
			description = "Send an Idempotency-Key header to make a retry safe: the same key and body replay "
					+ "the first answer for 24 hours.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "udp", value = CREATE_EXAMPLE))))
	ResponseEntity<SipTrunkResponse> create(@RequestBody SipTrunkRequest request,
			@Parameter(description = "Any unique text (such as a UUID) naming this create") @RequestHeader(
					value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		TrunkSummary created = this.trunks.create(request.toCommand());
		return withEtag(ResponseEntity.created(URI.create("/api/v1/sip-trunks/" + created.id())), created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of a SIP trunk (admin)",
			description = "Send the version read as If-Match (412 when stale) or as a 'version' field "
					+ "(409 when stale). A missing or null field keeps its value; an empty auth_password "
					+ "removes the password.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "rename", value = "{\"name\": \"Carrier B\"}"))))
	ResponseEntity<SipTrunkResponse> update(@PathVariable long id, @RequestBody SipTrunkRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TrunkCommand command = request.applyTo(TrunkCommand.of(this.trunks.get(id)), true);
		TrunkSummary changed = Versions.change(ifMatch, request.version(), "version",
				(version) -> this.trunks.update(id, version, command));
		return withEtag(ResponseEntity.ok(), changed);
	}

	@PostMapping("/{id}/check")
	@Operation(summary = "Check a SIP trunk now with SIP OPTIONS and answer the result (admin, agent manager)",
			description = "Waits for the answer (at most the check timeout, 5 s unless configured). Once per trunk "
					+ "per 10 s, as Check now in the console: sooner is 429 check_too_soon with Retry-After.")
	@ApiResponse(responseCode = "200", description = "The check's result")
	@ApiResponse(responseCode = "429", description = "Checked on request just before; see Retry-After",
			content = @Content(mediaType = "application/problem+json"))
	SipTrunkHealth check(@PathVariable long id) {
		return SipTrunkHealth.of(this.health.checkNow(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a SIP trunk no number uses (admin); 409 says how many do")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.trunks.delete(id);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<SipTrunkResponse> withEtag(ResponseEntity.BodyBuilder builder, TrunkSummary trunk) {
		TrunkHealthView view = this.health.forTrunks(List.of(trunk.id())).get(trunk.id());
		RegistrationView registration = this.health.registrations(List.of(trunk.id())).get(trunk.id());
		return builder.eTag(Versions.etag(trunk.version())).body(SipTrunkResponse.of(trunk, view, registration));
	}

}
