package io.trunkline.importer;

/** Where an import run is. */
public enum ImportStatus {

	REVIEWED("Reviewed, not started"), WAITING("Waiting for another import to finish"), RUNNING("Importing"),
	DONE("Done"), CANCELLED("Cancelled"), FAILED("Failed");

	private final String label;

	ImportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this == DONE || this == CANCELLED || this == FAILED;
	}

}
