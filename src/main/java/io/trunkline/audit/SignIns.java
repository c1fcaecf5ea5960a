package io.trunkline.audit;

import java.util.Optional;

import io.trunkline.security.TrunklineUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins and failed sign-ins, each in a transaction of its own. A failure with
 * a known email goes to that person's organization; with an unknown email it is a
 * platform-level entry holding the typed text, neutralized. The typed password is never
 * read.
 */
@Component
class SignIns {

	private final AuditLog auditLog;

	private final UserDetailsService accounts;

	SignIns(AuditLog auditLog, UserDetailsService accounts) {
		this.auditLog = auditLog;
		this.accounts = accounts;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof TrunklineUser user) {
			this.auditLog.writeAlone(Actor.of(user), user.organizationId(), AuditAction.SIGN_IN, AuditEntityType.USER,
					user.userId(), user.getUsername(), Changes.none());
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String typed = event.getAuthentication().getName();
		Optional<TrunklineUser> account = account(typed);
		Changes changes = Changes.none().set("reason", reason(event.getException(), account.isPresent()));
		if (account.isPresent()) {
			TrunklineUser user = account.get();
			this.auditLog.writeAlone(Actor.of(user), user.organizationId(), AuditAction.SIGN_IN_FAILED,
					AuditEntityType.USER, user.userId(), user.getUsername(), changes);
		}
		else {
			this.auditLog.writeAlone(Actor.typed(typed), null, AuditAction.SIGN_IN_FAILED, AuditEntityType.USER, null,
					null, changes);
		}
	}

	private Optional<TrunklineUser> account(String email) {
		try {
			if (this.accounts.loadUserByUsername(email) instanceof TrunklineUser user) {
				user.eraseCredentials();
				return Optional.of(user);
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
