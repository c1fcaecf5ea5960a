package io.trunkline.api;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.trunkline.importer.ImportMode;

/** How an import treats rows that are not ready, as the API names it. */
enum ImportJobMode {

	/** Import the ready rows, report the others. */
	@JsonProperty("ready_only")
	READY_ONLY(ImportMode.READY_ROWS),

	/** Import every row or none; refused unless every row is ready. */
	@JsonProperty("all_or_nothing")
	ALL_OR_NOTHING(ImportMode.ALL_OR_NOTHING);

	private final ImportMode mode;

	ImportJobMode(ImportMode mode) {
		this.mode = mode;
	}

	static ImportMode of(ImportJobMode mode) {
		return (mode != null) ? mode.mode : ImportMode.READY_ROWS;
	}

	static String name(ImportMode mode) {
		return (mode == ImportMode.ALL_OR_NOTHING) ? "all_or_nothing" : "ready_only";
	}

	/** A query parameter's value; {@code null} for none. */
	static ImportJobMode parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (ImportJobMode mode : values()) {
			if (mode.name().toLowerCase(Locale.ROOT).equals(text.strip())) {
				return mode;
			}
		}
		throw new BadRequestException("invalid_mode", "mode is ready_only or all_or_nothing.");
	}

}
