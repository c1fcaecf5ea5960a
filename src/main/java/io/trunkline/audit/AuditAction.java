package io.trunkline.audit;

/**
 * What happened. New features add a constant here when none fits.
 */
public enum AuditAction {

	CREATE("Create"),

	UPDATE("Update"),

	DELETE("Delete"),

	/** An agent's next version published. */
	PUBLISH("Publish"),

	/** Agents bound to many numbers at once. */
	BIND("Bulk bind"),

	/** One import of many numbers, with its counts. */
	IMPORT("Import"),

	KEY_ROTATION("Key rotation"),

	SIGN_IN("Sign-in"),

	SIGN_IN_FAILED("Sign-in failed"),

	ACCESS_DENIED("Access denied"),

	/** An API key revoked. */
	REVOKE("Revoke"),

	/** A request with an unknown, malformed, expired or revoked API key. */
	API_KEY_REFUSED("API key refused");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
