package io.trunkline.importer.ui;

import io.trunkline.importer.RowSource;

/**
 * What the first step read: where the numbers came from, and their rows (an uploaded file
 * stays on disk and is read again when its rows are wanted).
 *
 * @param sourceName the file name, or how the numbers were entered
 * @param rows the rows, in their order
 */
record NumbersInput(String sourceName, RowSource rows) {

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
		return this.rows.namesTrunks();
	}

	/** Whether any row names its own agent. */
	boolean namesAgents() {
		return this.rows.namesAgents();
	}

}
