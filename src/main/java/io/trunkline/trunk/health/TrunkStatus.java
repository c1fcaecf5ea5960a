package io.trunkline.trunk.health;

/** A trunk's health as the console shows it. */
public enum TrunkStatus {

	NOT_CHECKED("Not checked yet"), UP("Up"), DOWN("Down"), REJECTS_OPTIONS("Reachable, rejects OPTIONS"),

	/** Only while a check runs on this instance; never stored. */
	CHECKING("Checking");

	private final String label;

	TrunkStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
