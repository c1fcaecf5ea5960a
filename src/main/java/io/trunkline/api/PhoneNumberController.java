package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.PhoneNumberService;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
			@Parameter(description = "1 to 1000, 100 unless given") @RequestParam(required = false) Integer limit,
			@Parameter(description = "next_cursor of the page before") @RequestParam(required = false) String cursor) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		if (size < 1 || size > MAX_LIMIT) {
			throw new BadRequestException("invalid_limit", "limit is 1 to " + MAX_LIMIT + ".");
		}
		NumberFilter filter = new NumberFilter(text, region, sipTrunkId, active, agentId, importId);
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
		PhoneNumberDetails details = this.numbers.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(details.version())).body(PhoneNumberResponse.of(details));
	}

}
