package io.trunkline.audit;

import java.util.Optional;

import io.trunkline.security.Caller;
import io.trunkline.security.TrunklineUser;
import jakarta.validation.Validator;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Records password sign-ins and failed ones, each in a transaction of its own (an API key
 * or a job authenticates no sign-in). A failure with a known email goes to that person's
 * organization; with an unknown email it is a platform-level entry holding the typed text
 * if it is a plausible email, otherwise only its first character and length (see
 * {@link TypedEmail}), neutralized. The typed password is never read.
 */
@Component
class SignIns {

	private final AuditLog auditLog;

	private final UserDetailsService accounts;

	private final TypedEmail typedEmail;

	SignIns(AuditLog auditLog, UserDetailsService accounts, Validator validator) {
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.typedEmail = new TypedEmail(validator);
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signIn
				&& signIn.getPrincipal() instanceof Caller.Person person) {
			this.auditLog.writeAlone(Actor.of(person), person.organizationId(), AuditAction.SIGN_IN,
					AuditEntityType.USER, person.userId(), person.email(), Changes.none());
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String typed = event.getAuthentication().getName();
		Optional<Caller.Person> account = account(typed);
		Changes changes = Changes.none().set("reason", reason(event.getException(), account.isPresent()));
		if (account.isPresent()) {
			Caller.Person person = account.get();
			this.auditLog.writeAlone(Actor.of(person), person.organizationId(), AuditAction.SIGN_IN_FAILED,
					AuditEntityType.USER, person.userId(), person.email(), changes);
		}
		else {
			this.auditLog.writeAlone(Actor.typed(this.typedEmail.shown(typed)), null, AuditAction.SIGN_IN_FAILED,
					AuditEntityType.USER, null, null, changes);
		}
	}

	private Optional<Caller.Person> account(String email) {
		try {
			if (this.accounts.loadUserByUsername(email) instanceof TrunklineUser user) {
				user.eraseCredentials();
				return Optional.of(user.person());
			}
		}
		catch (UsernameNotFoundException ex) {
			// An unknown email: a platform-level entry.
		}
		return Optional.empty();
	}

	private static String reason(AuthenticationException failure, boolean known) {
		return switch (failure) {
			case DisabledException disabled -> "account disabled";
			case LockedException locked -> "account locked";
			case BadCredentialsException bad -> known ? "wrong password" : "unknown email";
			default -> failure.getClass().getSimpleName();
		};
	}

}
