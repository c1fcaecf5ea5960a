package io.trunkline.importer;

/** What to do with rows that are not ready. */
public enum ImportMode {

	/** Import the ready rows, report the others. */
	READY_ROWS,

	/** Import every row or none; refused unless every row is ready. */
	ALL_OR_NOTHING

}
