package io.trunkline.audit;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code changes} column: a JSON list of {@code {field, old, new}}, cut to fit the
 * column. JSON escapes line breaks and control characters inside the values.
 */
final class ChangesJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
	};

	/** When the whole list is too long, each value is cut to this many characters. */
	private static final int SHORT_VALUE = 40;

	private ChangesJson() {
	}

	static String write(List<FieldChange> changes) {
		String json = JSON.writeValueAsString(changes);
		if (json.length() <= AuditEntry.CHANGES_MAX_LENGTH) {
			return json;
		}
		json = JSON.writeValueAsString(changes.stream()
			.map((change) -> new FieldChange(change.field(), cut(change.oldValue()), cut(change.newValue())))
			.toList());
		if (json.length() <= AuditEntry.CHANGES_MAX_LENGTH) {
			return json;
		}
		return JSON.writeValueAsString(
				List.of(new FieldChange("changes", null, changes.size() + " fields, too long to record")));
	}

	static List<FieldChange> read(String json) {
		return JSON.readValue(json, LIST);
	}

	private static String cut(String value) {
		return (value == null || value.length() <= SHORT_VALUE) ? value : value.substring(0, SHORT_VALUE - 1) + "…";
	}

}
