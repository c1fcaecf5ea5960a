package io.trunkline.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field of a change: its name, its value before and after, as text. {@code null} is
 * "no value" (a created record has no old values, a deleted one no new values). A secret
 * shows only {@link Changes#SECRET_CHANGED} as its new value.
 */
public record FieldChange(@JsonProperty("field") String field, @JsonProperty("old") String oldValue,
		@JsonProperty("new") String newValue) {

	/** "name: "a" → "b"", "password: changed", "count: 3". */
	public String text() {
		if (this.oldValue == null) {
			return this.field + ": " + quoted(this.newValue);
		}
		return this.field + ": " + quoted(this.oldValue) + " → " + quoted(this.newValue);
	}

	private static String quoted(String value) {
		return (value == null) ? "(none)" : value;
	}

}
