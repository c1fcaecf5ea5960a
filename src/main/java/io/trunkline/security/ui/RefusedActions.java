package io.trunkline.security.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.trunkline.base.ui.Notifications;
import io.trunkline.security.AccountCheck;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when a service refuses what they clicked, typically because an admin
 * changed their account while their page was open: a message saying so and that nothing
 * was saved; or, when their account was disabled or deleted, the sign-in page. Any other
 * error goes to Vaadin's default handler.
 */
@Component
class RefusedActions implements VaadinServiceInitListener {

	static final String REFUSED = "Not saved: your account no longer allows this. An admin may have changed your role;"
			+ " open another page to see what you may do now.";

	private final transient AccountCheck accounts;

	private final transient AuthenticationContext authentication;

	RefusedActions(AccountCheck accounts, AuthenticationContext authentication) {
		this.accounts = accounts;
		this.authentication = authentication;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addSessionInitListener((init) -> init.getSession()
				.setErrorHandler(new Handler(this, init.getSession().getErrorHandler())));
	}

	void refused() {
		if (this.accounts.refresh()) {
			Notifications.error(REFUSED);
		}
		else {
			this.authentication.logout();
		}
	}

	static AccessDeniedException denial(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof AccessDeniedException denied) {
				return denied;
			}
		}
		return null;
	}

	/** The session's handler; the beans stay with the listener. */
	private static final class Handler implements ErrorHandler {

		private final transient RefusedActions actions;

		/** The handler set before this one (another feature's, or Flow's default). */
		private final ErrorHandler standard;

		Handler(RefusedActions actions, ErrorHandler next) {
			this.actions = actions;
			this.standard = next;
		}

		@Override
		public void error(ErrorEvent event) {
			if (this.actions != null && denial(event.getThrowable()) != null) {
				this.actions.refused();
			}
			else {
				this.standard.error(event);
			}
		}

	}

}
