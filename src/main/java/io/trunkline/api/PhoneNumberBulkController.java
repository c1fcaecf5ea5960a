package io.trunkline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.phonenumber.BindingService;
import io.trunkline.phonenumber.PhoneNumberService;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/phone-numbers/bulk/*}: the console grid's bulk actions, each one
 * transaction and one audit entry, through the services the grid uses.
 */
@RestController
@RequestMapping(path = "/api/v1/phone-numbers/bulk", produces = MediaType.APPLICATION_JSON_VALUE,
		consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Phone numbers")
class PhoneNumberBulkController {

	static final String IDS_EXAMPLE = "{\"ids\": [101, 102]}";

	static final String BIND_EXAMPLE = """
			{"filter": {"sip_trunk_id": 1}, "inbound": [{"agent_id": 7, "version": "latest", "weight": 10000}]}""";

	private final PhoneNumberService numbers;

	private final BindingService bindings;

	PhoneNumberBulkController(PhoneNumberService numbers, BindingService bindings) {
		this.numbers = numbers;
		this.bindings = bindings;
	}

	@PostMapping("/activate")
	@Operation(summary = "Activate numbers by id (admin, agent manager)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "ids", value = IDS_EXAMPLE))))
	BulkResult activate(@Valid @RequestBody BulkIdsRequest request) {
		return new BulkResult(request.ids().size(), this.numbers.setActive(request.ids(), true));
	}

	@PostMapping("/deactivate")
	@Operation(summary = "Deactivate numbers by id (admin, agent manager)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "ids", value = IDS_EXAMPLE))))
	BulkResult deactivate(@Valid @RequestBody BulkIdsRequest request) {
		return new BulkResult(request.ids().size(), this.numbers.setActive(request.ids(), false));
	}

	@PostMapping("/delete")
	@Operation(summary = "Delete numbers by id with their bindings (admin, agent manager)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "ids", value = IDS_EXAMPLE))))
	BulkResult delete(@Valid @RequestBody BulkIdsRequest request) {
		return new BulkResult(request.ids().size(), this.numbers.delete(request.ids()));
	}

	@PostMapping("/bind")
	@Operation(summary = "Bind the same agents to numbers by id or by filter, all or nothing (admin, agent manager)",
			description = "Weights are basis points (10000 = 100 %). Numbers that do not take calls in a "
					+ "direction are skipped for it and counted.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "by filter", value = BIND_EXAMPLE))))
	BulkBindResponse bind(@Valid @RequestBody BulkBindRequest request) {
		return BulkBindResponse.of(this.bindings.bindAll(request.toBinding()));
	}

}
