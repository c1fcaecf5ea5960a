package io.trunkline.audit;

import java.util.Locale;

import io.trunkline.security.Caller;

import org.springframework.security.core.Authentication;

/**
 * Who did it, as known at that moment: their user id (none for an API key, a job for no
 * one, or an unknown email) and their email or name as text.
 */
record Actor(Long userId, String email) {

	/**
	 * A person by their id and email; an API key by its public id, as it is (key ids are
	 * case-sensitive); a job by the person it works for, or as {@code system} when it
	 * works for no one.
	 */
	static Actor of(Caller caller) {
		if (caller instanceof Caller.Person person) {
			return new Actor(person.userId(), person.email());
		}
		// as named: an API key's id is case-sensitive, a person's stored email lower case
		String name = ControlChars.replace(caller.getName());
		return new Actor(caller.personId(),
				(name.length() > AuditEntry.EMAIL_MAX_LENGTH) ? name.substring(0, AuditEntry.EMAIL_MAX_LENGTH) : name);
	}

	/** The caller behind an authentication; a principal that is no caller by its name. */
	static Actor of(Authentication authentication) {
		if (authentication.getPrincipal() instanceof Caller caller) {
			return of(caller);
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
