package io.trunkline.trunk.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import io.trunkline.base.ui.ViewDescription;
import io.trunkline.security.Roles;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.health.TrunkHealthService;

/**
 * Where admins keep the connections numbers use: SIP trunks and Twilio integrations.
 * {@code trunks?trunk=<id>} opens that SIP trunk's form.
 */
@Route("trunks")
@PageTitle("Trunks")
@Menu(order = 30, title = "Trunks", icon = "vaadin:connect")
@ViewDescription("SIP trunks and Twilio accounts that carry your numbers' calls.")
@RolesAllowed(Roles.ADMIN)
public class TrunksView extends VerticalLayout implements BeforeEnterObserver {

	final SipTrunksPanel sipTrunks;

	TrunksView(TrunkService trunks, TwilioIntegrationService integrations, TrunkHealthService health) {
		setSizeFull();
		TabSheet tabs = new TabSheet();
		this.sipTrunks = new SipTrunksPanel(trunks, health);
		tabs.add("SIP trunks", this.sipTrunks);
		tabs.add("Twilio integrations", new TwilioPanel(integrations));
		tabs.setSizeFull();
		add(tabs);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter("trunk")
			.filter((value) -> value.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.ifPresent(this.sipTrunks::open);
	}

}
