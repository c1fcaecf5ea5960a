package io.trunkline.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The dry run of an import: how many rows have each verdict, and a page of the rows. */
@Schema(name = "ImportDryRun")
record ImportDryRun(String sourceName, int total, @Schema(
		description = "Rows per verdict: ready, invalid, duplicate_in_file, already_present",
		example = "{\"ready\": 2, \"invalid\": 1, \"duplicate_in_file\": 0, \"already_present\": 0}") Map<String, Integer> counts,
		ImportRowPage rows) {

}
