package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.importer.ReviewRow;

/** One row of an import with its verdict. */
@Schema(name = "ImportRow")
record ImportRowItem(@Schema(description = "Its place in the input, from 1 (a CSV header is line 1)") int line,
		@Schema(description = "The number as written") String input,
		@Schema(example = "+14155550101") String normalized, @Schema(example = "+1 415-555-0101") String international,
		String name, @Schema(allowableValues = {
				"ready", "invalid", "duplicate_in_file", "already_present", "imported", "not_imported" }) String status,
		@Schema(description = "Why it is not ready or was not imported; empty otherwise") String reason){

	static ImportRowItem of(ReviewRow row) {
		return new ImportRowItem(row.line(), row.input(), row.normalized(), row.international(), row.name(),
				RowPaging.name(row.status()), row.reason());
	}

}
