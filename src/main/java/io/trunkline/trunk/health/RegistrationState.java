package io.trunkline.trunk.health;

/** A trunk's SIP registration as the console shows it. */
public enum RegistrationState {

	NOT_CHECKED("Not checked yet"),

	/** The registrar accepted the trunk's credentials. */
	REGISTERED("Registered"),

	/** The registrar refused them, or could not be reached. */
	FAILED("Failed"),

	/** Registration is off for the trunk: nothing is sent. */
	DISABLED("Disabled");

	private final String label;

	RegistrationState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
