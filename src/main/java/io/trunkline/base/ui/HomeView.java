package io.trunkline.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

import io.trunkline.organization.OrganizationService;
import io.trunkline.organization.OrganizationSummary;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Caller;
import io.trunkline.security.Role;
import io.trunkline.trunk.health.TrunkHealthService;
import io.trunkline.trunk.ui.DownTrunkWarnings;

/**
 * Where a person lands after signing in: their organization, their role, a warning for
 * each SIP trunk that went Down, and a card for each view their role may open.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

	HomeView(CurrentUser currentUser, OrganizationService organizations, TrunkHealthService trunkHealth) {
		addClassName("home-view");
		Caller.Person user = currentUser.require();
		OrganizationSummary organization = organizations.current();
		add(new H2("Welcome, " + user.displayName()));
		add(new Paragraph("You are signed in to " + organization.name() + " as " + user.role().label()
				+ (user.operator() ? " and platform operator" : "") + ". Default region: " + organization.regionName()
				+ " (" + organization.defaultRegion() + ")."));
		add(new DownTrunkWarnings(trunkHealth.downSinceUp(), user.role() == Role.ADMIN));
		Div cards = new Div();
		cards.addClassName("home-cards");
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			if (entry.menuClass() != null && entry.menuClass() != HomeView.class) {
				cards.add(card(entry));
			}
		}
		add(cards);
	}

	private RouterLink card(MenuEntry entry) {
		RouterLink link = new RouterLink();
		link.setRoute(entry.menuClass().asSubclass(com.vaadin.flow.component.Component.class));
		link.addClassName("home-card");
		if (entry.icon() != null) {
			link.add(new Icon(entry.icon()));
		}
		Span title = new Span(entry.title());
		title.addClassName("home-card-title");
		link.add(title);
		ViewDescription description = entry.menuClass().getAnnotation(ViewDescription.class);
		if (description != null) {
			Span text = new Span(description.value());
			text.addClassName("home-card-text");
			link.add(text);
		}
		return link;
	}

}
