package io.trunkline.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberEdit;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.trunk.health.TrunkStatus;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/phone-numbers}: the organization's numbers through
 * {@link PhoneNumberService}, filtered as in the console's grid, paged by cursor.
 */
@RestController
@RequestMapping(path = "/api/v1/phone-numbers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Phone numbers")
class PhoneNumberController {

	static final String CREATE_EXAMPLE = """
			{"number": "+1 415 555 2671", "display_name": "Support line", "provider": "SIP", "sip_trunk_id": 1}""";

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private final PhoneNumberService numbers;

	PhoneNumberController(PhoneNumberService numbers) {
		this.numbers = numbers;
	}

	@GetMapping
	@Operation(summary = "List numbers by id, with the console grid's filters and an opaque cursor")
	PhoneNumberPage list(
			@Parameter(description = "Number however typed, or display name") @RequestParam(
					required = false) String text,
			@Parameter(example = "US") @RequestParam(required = false) String region,
			@RequestParam(name = "sip_trunk_id", required = false) Long sipTrunkId,
			@RequestParam(name = "agent_id", required = false) Long agentId,
			@RequestParam(required = false) Boolean active,
			@RequestParam(name = "import_id", required = false) Long importId,
			@Parameter(description = "Only numbers whose SIP trunk has this status",
					schema = @Schema(
							allowableValues = { "up", "down", "rejects_options", "not_checked" })) @RequestParam(
									name = "trunk_status", required = false) String trunkStatus,
			@Parameter(description = "1 to 1000, 100 unless given") @RequestParam(required = false) Integer limit,
			@Parameter(description = "next_cursor of the page before") @RequestParam(required = false) String cursor) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		if (size < 1 || size > MAX_LIMIT) {
			throw new BadRequestException("invalid_limit", "limit is 1 to " + MAX_LIMIT + ".");
		}
		NumberFilter filter = new NumberFilter(text, region, sipTrunkId, active, agentId, importId,
				trunkStatus(trunkStatus));
		// One more than asked tells whether another page follows, without a count.
		List<PhoneNumberRow> rows = this.numbers.pageAfter(filter, Cursors.parse(cursor), size + 1);
		boolean more = rows.size() > size;
		List<PhoneNumberRow> page = more ? rows.subList(0, size) : rows;
		String next = more ? Cursors.after(page.get(page.size() - 1).id()) : null;
		return new PhoneNumberPage(page.stream().map(PhoneNumberItem::of).toList(), next);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One number with its settings; its version is also the ETag")
	ResponseEntity<PhoneNumberResponse> get(@PathVariable long id) {
		return withEtag(ResponseEntity.ok(), this.numbers.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a number (admin, agent manager)",
			description = "Normalized as in the console. A number the organization has already is 409 "
					+ "number_already_present with the existing number's existing_id. Send an Idempotency-Key "
					+ "header to make a retry safe.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "sip", value = CREATE_EXAMPLE))))
	ResponseEntity<PhoneNumberResponse> create(@RequestBody PhoneNumberRequest request) {
		PhoneNumberDetails created = this.numbers.create(request.toCommand());
		return withEtag(ResponseEntity.created(URI.create("/api/v1/phone-numbers/" + created.id())), created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of a number (admin, agent manager)",
			description = "Send the version read as If-Match (412 when stale) or as a 'version' field "
					+ "(409 when stale); without either 428. A missing or null field keeps its value; an empty "
					+ "inbound_pin removes the PIN. Agents change through the bindings.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "rename",
							value = "{\"display_name\": \"Sales line\", \"version\": 0}"))))
	ResponseEntity<PhoneNumberResponse> update(@PathVariable long id, @RequestBody PhoneNumberRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		PhoneNumberCommand command = request.applyTo(PhoneNumberEdit.of(this.numbers.get(id)), true);
		return withEtag(ResponseEntity.ok(), Versions.change(ifMatch, request.version(), "version",
				(version) -> this.numbers.update(id, version, command)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a number with its bindings (admin, agent manager)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		if (this.numbers.delete(List.of(id)) == 0) {
			throw new NotFoundException("Number");
		}
		return ResponseEntity.noContent().build();
	}

	static TrunkStatus trunkStatus(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return TrunkStatus.parameter(value)
			.orElseThrow(() -> new BadRequestException("invalid_trunk_status",
					"trunk_status is one of up, down, rejects_options, not_checked."));
	}

	private static ResponseEntity<PhoneNumberResponse> withEtag(ResponseEntity.BodyBuilder builder,
			PhoneNumberDetails number) {
		return builder.eTag(Versions.etag(number.version())).body(PhoneNumberResponse.of(number));
	}

}
