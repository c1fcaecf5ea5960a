package io.trunkline.phonenumber;

/**
 * Who carries a number's calls: the organization's own SIP trunk, or a Twilio account.
 */
public enum Provider {

	SIP("SIP trunk"), TWILIO("Twilio");

	private final String label;

	Provider(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
