package io.trunkline.trunk.ui;

import java.util.List;

import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;

/**
 * The organization's Twilio integrations: a grid, and a form in a dialog.
 */
class TwilioPanel extends CarrierPanel<TwilioSummary, TwilioCommand> {

	private final TwilioIntegrationService integrations;

	TwilioPanel(TwilioIntegrationService integrations) {
		super("Add Twilio integration", "New Twilio integration", "integration");
		this.integrations = integrations;
		this.grid.addColumn(TwilioSummary::name).setHeader("Name").setFlexGrow(2);
		this.grid.addColumn(TwilioSummary::accountSid).setHeader("Account SID").setFlexGrow(3);
		this.grid.addColumn((integration) -> integration.tokenSet() ? "Set" : "Not set").setHeader("Auth token");
		refresh();
	}

	@Override
	List<TwilioSummary> list() {
		return this.integrations.list();
	}

	@Override
	CarrierForm<TwilioSummary, TwilioCommand> newForm() {
		return new TwilioForm();
	}

	@Override
	TwilioSummary create(TwilioCommand command) {
		return this.integrations.create(command);
	}

	@Override
	TwilioSummary update(TwilioSummary integration, TwilioCommand command) {
		return this.integrations.update(integration.id(), integration.version(), command);
	}

	@Override
	void delete(TwilioSummary integration) {
		this.integrations.delete(integration.id());
	}

}
