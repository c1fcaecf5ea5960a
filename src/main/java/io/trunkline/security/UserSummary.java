package io.trunkline.security;

/**
 * A person as the console shows them; never carries the password hash.
 */
public record UserSummary(long id, String email, String displayName, Role role, boolean enabled, boolean operator) {

	static UserSummary of(AppUser user) {
		return new UserSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(), user.isEnabled(),
				user.isOperator());
	}

}
