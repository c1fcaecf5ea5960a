package io.trunkline.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The caller of an API request authenticated by an organization's API key: the key's
 * public id (never its secret), organization, role and name. {@link CurrentUser} scopes
 * services to its organization; its role is its only authority, so every method-security
 * rule applies to a key as to a person with that role.
 *
 * @param id the key's database id
 * @param keyId the key's public id (the part after {@code tlk_} that the console lists)
 */
public record ApiKeyPrincipal(long id, String keyId, long organizationId, Role role, String name) {

	/**
	 * @return the authorities of the key's role, as a person of that role has them
	 */
	public List<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	/**
	 * @return how the audit trail and logs name this caller
	 */
	public String actorName() {
		return "api-key:" + this.keyId;
	}

	@Override
	public String toString() {
		return actorName();
	}

}
