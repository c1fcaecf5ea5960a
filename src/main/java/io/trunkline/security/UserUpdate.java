package io.trunkline.security;

import jakarta.validation.constraints.NotNull;

/**
 * What an admin may change about a person: their role and whether they can sign in.
 */
public class UserUpdate {

	@NotNull(message = "Choose a role")
	private Role role;

	private boolean enabled;

	public UserUpdate() {
	}

	public UserUpdate(Role role, boolean enabled) {
		this.role = role;
		this.enabled = enabled;
	}

	public static UserUpdate of(UserSummary user) {
		return new UserUpdate(user.role(), user.enabled());
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
