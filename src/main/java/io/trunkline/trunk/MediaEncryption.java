package io.trunkline.trunk;

/** Whether calls over the trunk encrypt their media (SRTP). */
public enum MediaEncryption {

	DISABLE("Disabled"), ALLOW("Allowed"), REQUIRE("Required");

	private final String label;

	MediaEncryption(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
