package io.trunkline.importer;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of one import, read in order as often as needed: a list already in memory, or
 * an uploaded file read again from disk each time, so that a large file is never held.
 */
public interface RowSource {

	/** How many rows there are. */
	int size();

	/** Hands every row, in line order, to the action. */
	void forEach(Consumer<ImportRow> action);

	/** Whether any row names its own trunk. */
	boolean namesTrunks();

	/** Whether any row names its own agent. */
	boolean namesAgents();

	static RowSource of(List<ImportRow> rows) {
		return new ListedRows(List.copyOf(rows));
	}

	/** Whether a row names a trunk of its own. */
	static boolean namesTrunk(ImportRow row) {
		return row.trunk() != null && !row.trunk().isBlank();
	}

	/** Whether a row names an agent of its own. */
	static boolean namesAgent(ImportRow row) {
		return (row.inboundAgent() != null && !row.inboundAgent().isBlank())
				|| (row.outboundAgent() != null && !row.outboundAgent().isBlank());
	}

	/** Rows held in a list. */
	record ListedRows(List<ImportRow> rows) implements RowSource {

		@Override
		public int size() {
			return this.rows.size();
		}

		@Override
		public void forEach(Consumer<ImportRow> action) {
			this.rows.forEach(action);
		}

		@Override
		public boolean namesTrunks() {
			return this.rows.stream().anyMatch(RowSource::namesTrunk);
		}

		@Override
		public boolean namesAgents() {
			return this.rows.stream().anyMatch(RowSource::namesAgent);
		}

	}

}
