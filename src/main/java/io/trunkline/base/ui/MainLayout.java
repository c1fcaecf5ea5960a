package io.trunkline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.springframework.web.util.HtmlUtils;

import io.trunkline.organization.OrganizationService;
import io.trunkline.security.AccountCheck;
import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.ui.ChangePasswordView;
import io.trunkline.security.ui.LoginView;

/**
 * The signed-in shell: the organization's name, a side navigation with only the views the
 * person's role may open, and the person with a sign-out button. A role changed meanwhile
 * redraws it at the next navigation; a disabled account is signed out (each request
 * checks the account as well: {@link AccountCheck}).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

	private final H1 viewTitle = new H1();

	private final CurrentUser currentUser;

	private final AccountCheck accounts;

	private final OrganizationService organizations;

	private final AuthenticationContext authentication;

	private Caller.Person shown;

	private Component[] drawer = new Component[0];

	MainLayout(CurrentUser currentUser, AccountCheck accounts, OrganizationService organizations,
			AuthenticationContext authentication) {
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.organizations = organizations;
		this.authentication = authentication;
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel("Menu");
		this.viewTitle.addClassName("view-title");
		addToNavbar(true, toggle, this.viewTitle);
		currentUser.get().ifPresent(this::showDrawer);
	}

	private void showDrawer(Caller.Person user) {
		remove(this.drawer);
		// Nowhere to go but a new password, or away: only signing out is offered.
		this.drawer = user.passwordChangeRequired()
				? new Component[] { header(this.organizations.current().name()), footer(user, this.authentication) }
				: new Component[] { header(this.organizations.current().name()), new Scroller(sideNav()),
						footer(user, this.authentication) };
		addToDrawer(this.drawer);
		this.shown = user;
	}

	/**
	 * The drawer's text parts are {@link Html}, one node each rather than one per span:
	 * every open tab holds its layout on the server.
	 */
	private Component header(String organizationName) {
		return new Html("<div class=\"drawer-header\"><span class=\"product-name\">Trunkline</span>"
				+ "<span class=\"organization-name\">" + HtmlUtils.htmlEscape(organizationName) + "</span></div>");
	}

	private SideMenu sideNav() {
		return new SideMenu(MenuConfiguration.getMenuEntries());
	}

	private Component footer(Caller.Person user, AuthenticationContext authentication) {
		Avatar avatar = new Avatar(user.displayName());
		avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
		Html who = new Html("<div class=\"user-who\"><span class=\"user-name\">"
				+ HtmlUtils.htmlEscape(user.displayName()) + "</span><span class=\"user-role\">"
				+ HtmlUtils.htmlEscape(user.role().label() + (user.operator() ? " · Operator" : "")) + "</span></div>");
		RouterLink password = new RouterLink("Change password", ChangePasswordView.class);
		password.addClassName("change-password");
		Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), (click) -> authentication.logout());
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		password.setVisible(!user.passwordChangeRequired());
		Div actions = new Div(password, signOut);
		actions.addClassName("drawer-actions");
		Div footer = new Div(new Div(avatar, who), actions);
		footer.addClassName("drawer-footer");
		return footer;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.currentUser.get().isPresent() && !this.accounts.refresh()) {
			this.authentication.logout();
			event.rerouteTo(LoginView.class);
			return;
		}
		this.currentUser.get().filter((user) -> !user.equals(this.shown)).ifPresent(this::showDrawer);
		boolean mustChange = this.currentUser.get().map(Caller.Person::passwordChangeRequired).orElse(false);
		if (mustChange && event.getNavigationTarget() != ChangePasswordView.class) {
			event.forwardTo(ChangePasswordView.class);
		}
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		PageTitle title = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
		this.viewTitle.setText(title == null ? "" : title.value());
	}

}
