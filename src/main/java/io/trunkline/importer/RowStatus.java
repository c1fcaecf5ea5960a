package io.trunkline.importer;

/** The verdict on one row: before the import, then after it. */
public enum RowStatus {

	READY("Ready"), INVALID("Invalid"), DUPLICATE_IN_FILE("Duplicate in this list"), ALREADY_PRESENT("Already present"),
	IMPORTED("Imported"), NOT_IMPORTED("Not imported");

	private final String label;

	RowStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
