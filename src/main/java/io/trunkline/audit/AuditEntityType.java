package io.trunkline.audit;

/**
 * What an entry is about: a kind of record, or for refused access the kind of thing that
 * was refused.
 */
public enum AuditEntityType {

	ORGANIZATION("Organization"),

	USER("User"),

	PHONE_NUMBER("Phone number"),

	SIP_TRUNK("SIP trunk"),

	TWILIO_INTEGRATION("Twilio integration"),

	AGENT("Agent"),

	/** A batch of numbers imported together. */
	IMPORT("Import"),

	ENCRYPTION_KEY("Encryption key"),

	/** An organization's key for the REST API. */
	API_KEY("API key"),

	/** A console view (route). */
	VIEW("View"),

	/** A service method. */
	SERVICE_METHOD("Service method"),

	/** An HTTP request outside the views. */
	WEB_REQUEST("Web request");

	private final String label;

	AuditEntityType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
