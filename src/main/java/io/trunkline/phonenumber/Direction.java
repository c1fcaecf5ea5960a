package io.trunkline.phonenumber;

/** Which calls a binding is for: calls to the number, or calls placed from it. */
public enum Direction {

	INBOUND("Inbound"), OUTBOUND("Outbound");

	private final String label;

	Direction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
