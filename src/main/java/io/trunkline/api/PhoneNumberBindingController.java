package io.trunkline.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.BindingService;
import io.trunkline.phonenumber.Direction;
import io.trunkline.phonenumber.DirectionBindings;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/phone-numbers/{id}/bindings/{inbound|outbound}}: who answers a number's
 * calls and who places calls from it, through {@link BindingService}, guarded by the
 * number's bindings version (which bulk bindings change too).
 */
@RestController
@RequestMapping(path = "/api/v1/phone-numbers/{id}/bindings/{direction}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Phone numbers")
class PhoneNumberBindingController {

	static final String EXAMPLE = """
			{"agents": [{"agent_id": 7, "version": "latest", "weight": 7000},
			            {"agent_id": 8, "version": "prod", "weight": 3000}], "bindings_version": 0}""";

	private final PhoneNumberService numbers;

	private final BindingService bindings;

	PhoneNumberBindingController(PhoneNumberService numbers, BindingService bindings) {
		this.numbers = numbers;
		this.bindings = bindings;
	}

	@GetMapping
	@Operation(summary = "A direction's agents of a number; the bindings version is also the ETag")
	ResponseEntity<BindingsResponse> get(@PathVariable long id,
			@PathVariable @Parameter(schema = @Schema(allowableValues = { "inbound", "outbound" })) String direction) {
		Direction parsed = direction(direction);
		PhoneNumberDetails number = this.numbers.get(id);
		return answer(id, parsed, number.bindingsVersion(), number.bindings().of(parsed));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a direction's agents of a number (admin, agent manager)",
			description = "Weights are basis points (10000 = 100 %) and add up to exactly 10000. Send the "
					+ "bindings_version read as If-Match (412 when stale) or as a 'bindings_version' field "
					+ "(409 when stale); without either 428. An empty list unbinds.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "split", value = EXAMPLE))))
	ResponseEntity<BindingsResponse> put(@PathVariable long id,
			@PathVariable @Parameter(schema = @Schema(allowableValues = { "inbound", "outbound" })) String direction,
			@Valid @RequestBody BindingsRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Direction parsed = direction(direction);
		DirectionBindings stored = Versions.change(ifMatch, request.bindingsVersion(), "bindings_version",
				(version) -> this.bindings.set(id, parsed, version, AgentBindingLine.lines(request.agents())));
		return answer(id, parsed, stored.bindingsVersion(), stored.lines());
	}

	private static ResponseEntity<BindingsResponse> answer(long id, Direction direction, long version,
			List<BindingLine> lines) {
		return ResponseEntity.ok()
			.eTag(Versions.etag(version))
			.body(BindingsResponse.of(id, direction.name().toLowerCase(Locale.ROOT), version, lines));
	}

	private static Direction direction(String path) {
		return switch (path.toLowerCase(Locale.ROOT)) {
			case "inbound" -> Direction.INBOUND;
			case "outbound" -> Direction.OUTBOUND;
			default -> throw new NotFoundException("Bindings");
		};
	}

}
