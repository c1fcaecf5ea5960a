package io.trunkline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Sign-in by email and password. Every failure shows the same message, whether the email
 * is unknown, the password wrong, the account disabled or the email delayed after too
 * many failures.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Trunkline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	static final String FAILED_MESSAGE = "The email or password is not correct, or the account cannot sign in.";

	private final LoginForm form = new LoginForm();

	private final AuthenticationContext authentication;

	LoginView(AuthenticationContext authentication) {
		this.authentication = authentication;
		addClassName("login-view");
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(i18n());
		H1 product = new H1("Trunkline");
		Paragraph tagline = new Paragraph("Your phone numbers, SIP trunks and voice agents, in one console.");
		Div intro = new Div(product, tagline);
		intro.addClassName("login-intro");
		add(intro, this.form);
	}

	private static LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in");
		i18n.getForm().setUsername("Email");
		i18n.getForm().setPassword("Password");
		i18n.getForm().setSubmit("Sign in");
		i18n.getErrorMessage().setTitle("Sign-in failed");
		i18n.getErrorMessage().setMessage(FAILED_MESSAGE + " Check both and try again.");
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

}
