package io.trunkline.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many rows of an import have each verdict. */
public record ImportCounts(int total, Map<RowStatus, Integer> byStatus) {

	static ImportCounts of(List<ReviewRow> rows) {
		Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
		for (RowStatus status : RowStatus.values()) {
			counts.put(status, 0);
		}
		for (ReviewRow row : rows) {
			counts.merge(row.status(), 1, Integer::sum);
		}
		return new ImportCounts(rows.size(), Map.copyOf(counts));
	}

	public int of(RowStatus status) {
		return this.byStatus.getOrDefault(status, 0);
	}

	/** Rows that are not, or were not, imported. */
	public int skipped() {
		return this.total - of(RowStatus.READY) - of(RowStatus.IMPORTED);
	}

}
