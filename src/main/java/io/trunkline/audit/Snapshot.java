package io.trunkline.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audited fields of a record at one moment, as text, for {@link Changes}. Never put a
 * secret in a snapshot: record that it changed with {@link Changes#secretChanged}.
 */
public final class Snapshot {

	private final Map<String, String> values = new LinkedHashMap<>();

	/** Adds a field; {@code null}, blank and empty values count as "no value". */
	public Snapshot with(String field, Object value) {
		this.values.put(field, Changes.text(value));
		return this;
	}

	Map<String, String> values() {
		return Collections.unmodifiableMap(this.values);
	}

}
