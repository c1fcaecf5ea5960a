package io.trunkline.api;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The numbers a bulk action applies to, by id; ids of no number of the organization are
 * skipped.
 */
@Schema(name = "BulkIdsRequest")
record BulkIdsRequest(@NotEmpty(message = "Give at least one id") @Size(max = MAX,
		message = "At most " + MAX + " ids at once") @Schema(example = "[101, 102]") Set<Long> ids) {

	static final int MAX = 10_000;

}
