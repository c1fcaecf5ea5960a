package io.trunkline.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it: who they are, their organization and
 * what they may do. The password hash is erased once sign-in has completed.
 */
public final class TrunklineUser implements UserDetails, CredentialsContainer {

	private final long userId;

	private final long organizationId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean operator;

	private final boolean enabled;

	private final boolean passwordChangeRequired;

	private String passwordHash;

	TrunklineUser(AppUser user) {
		this.userId = user.getId();
		this.organizationId = user.getOrganizationId();
		this.email = user.getEmail();
		this.displayName = user.getDisplayName();
		this.role = user.getRole();
		this.operator = user.isOperator();
		this.enabled = user.isEnabled();
		this.passwordChangeRequired = user.isPasswordChangeRequired();
		this.passwordHash = user.getPasswordHash();
	}

	public long userId() {
		return this.userId;
	}

	public long organizationId() {
		return this.organizationId;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean operator() {
		return this.operator;
	}

	/**
	 * @return whether the person still signs in with a temporary password
	 */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
		if (this.operator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.OPERATOR));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TrunklineUser that && that.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "TrunklineUser#" + this.userId;
	}

}
