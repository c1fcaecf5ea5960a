package io.trunkline.security;

/**
 * What a person may do inside their organization. The platform operator capability is
 * separate (see {@link Roles#OPERATOR}).
 */
public enum Role {

	/** Manages users, trunks, numbers and agents. */
	ADMIN("Admin"),

	/** Manages numbers and agents. */
	AGENT_MANAGER("Agent manager"),

	/** Reads everything, changes nothing. */
	VIEWER("Viewer");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
