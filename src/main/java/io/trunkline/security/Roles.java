package io.trunkline.security;

/**
 * Role names as used in {@code @RolesAllowed} and {@code hasRole(...)}: constants so that
 * a typo fails to compile.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String AGENT_MANAGER = "AGENT_MANAGER";

	public static final String VIEWER = "VIEWER";

	/** The people who run Trunkline: they create organizations and their first admins. */
	public static final String OPERATOR = "OPERATOR";

	private Roles() {
	}

}
