package io.trunkline.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trunkline.base.FieldException;

/**
 * Which header column feeds which {@link ImportColumn}; the number column is required,
 * the others optional.
 */
public final class ColumnMapping {

	private final Map<ImportColumn, Integer> columns;

	private ColumnMapping(Map<ImportColumn, Integer> columns) {
		Map<ImportColumn, Integer> copy = new EnumMap<>(ImportColumn.class);
		copy.putAll(columns);
		this.columns = Collections.unmodifiableMap(copy);
	}

	/** The mapping recognized from header names; the first header wins. */
	public static ColumnMapping suggest(List<String> headers) {
		Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < headers.size(); i++) {
			int index = i;
			ImportColumn.recognize(headers.get(i)).ifPresent((column) -> columns.putIfAbsent(column, index));
		}
		return new ColumnMapping(columns);
	}

	/** A mapping chosen by a person. */
	public static ColumnMapping of(Map<ImportColumn, Integer> columns) {
		return new ColumnMapping(columns);
	}

	public Optional<Integer> index(ImportColumn column) {
		return Optional.ofNullable(this.columns.get(column));
	}

	public Map<ImportColumn, Integer> asMap() {
		return this.columns;
	}

	/**
	 * @throws FieldException at {@code mapping} without a number column, or when two
	 * kinds share a column
	 */
	void check(int columnCount) {
		if (!this.columns.containsKey(ImportColumn.NUMBER)) {
			throw new FieldException("mapping", ImportErrors.NUMBER_COLUMN_REQUIRED,
					"Choose the column that holds the phone numbers");
		}
		if (this.columns.values().stream().distinct().count() < this.columns.size()) {
			throw new FieldException("mapping", ImportErrors.COLUMN_MAPPED_TWICE,
					"Each column can feed one field only");
		}
		if (this.columns.values().stream().anyMatch((index) -> index < 0 || index >= columnCount)) {
			throw new FieldException("mapping", ImportErrors.COLUMN_UNKNOWN,
					"The mapping names a column the file does not have");
		}
	}

}
