package io.trunkline.audit;

import java.util.Locale;

import io.trunkline.security.ApiKeyPrincipal;
import io.trunkline.security.TrunklineUser;

import org.springframework.security.core.Authentication;

/**
 * Who did it, as known at that moment: their user id (none for the system or an unknown
 * email) and their email as text.
 */
record Actor(Long userId, String email) {

	static Actor of(TrunklineUser user) {
		return new Actor(user.userId(), user.email());
	}

	/**
	 * The person behind an authentication, an API key by its public id, any other
	 * principal by its name.
	 */
	static Actor of(Authentication authentication) {
		if (authentication.getPrincipal() instanceof TrunklineUser user) {
			return of(user);
		}
		if (authentication.getPrincipal() instanceof ApiKeyPrincipal key) {
			return new Actor(null, key.actorName());
		}
		return typed(authentication.getName());
	}

	/**
	 * Text someone typed as an email (a failed sign-in): control characters become
	 * {@code ?}, case is lowered as for stored emails, and it is cut to the column's
	 * length.
	 */
	static Actor typed(String email) {
		String text = (email == null) ? "" : ControlChars.replace(email.strip().toLowerCase(Locale.ROOT));
		return new Actor(null,
				(text.length() > AuditEntry.EMAIL_MAX_LENGTH) ? text.substring(0, AuditEntry.EMAIL_MAX_LENGTH) : text);
	}

}
