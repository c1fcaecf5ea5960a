package io.trunkline.importer.ui;

import java.util.List;

import io.trunkline.importer.ImportRow;

/**
 * What the first step read: where the numbers came from, and their rows.
 *
 * @param sourceName the file name, or how the numbers were entered
 * @param rows the rows, in their order
 */
record NumbersInput(String sourceName, List<ImportRow> rows) {

	/**
	 * Whether the numbers were typed one at a time (one number) rather than pasted or
	 * uploaded.
	 */
	boolean typed() {
		return NumbersStep.TYPED.equals(this.sourceName);
	}

	/**
	 * Whether the numbers came from an uploaded file, whose rows may have their own
	 * columns.
	 */
	boolean uploaded() {
		return !typed() && !NumbersStep.PASTED.equals(this.sourceName);
	}

	/** Whether any row names its own trunk. */
	boolean namesTrunks() {
		return this.rows.stream().anyMatch((row) -> row.trunk() != null && !row.trunk().isBlank());
	}

	/** Whether any row names its own agent. */
	boolean namesAgents() {
		return this.rows.stream()
			.anyMatch((row) -> (row.inboundAgent() != null && !row.inboundAgent().isBlank())
					|| (row.outboundAgent() != null && !row.outboundAgent().isBlank()));
	}

}
