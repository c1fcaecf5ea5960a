package io.trunkline.trunk.ui;

import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.base.ui.SecretField;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegration;
import io.trunkline.trunk.TwilioSummary;

/**
 * A Twilio integration's name, account SID and write-only auth token.
 */
public class TwilioForm extends CarrierForm<TwilioSummary, TwilioCommand> {

	final TextField name = new TextField("Name");

	final TextField accountSid = new TextField("Account SID");

	final SecretField newAuthToken = new SecretField("Auth token", TwilioIntegration.TOKEN_MAX_LENGTH);

	public TwilioForm() {
		super(TwilioCommand.class);
		this.name.setMaxLength(TwilioIntegration.NAME_MAX_LENGTH);
		this.accountSid.setMaxLength(34);
		this.accountSid.setPlaceholder("AC0123456789abcdef0123456789abcdef");
		add(this.name, this.accountSid, this.newAuthToken);
		setResponsiveSteps(new ResponsiveStep("0", 1));
		bindFields();
	}

	@Override
	TwilioCommand commandOf(TwilioSummary integration) {
		return (integration != null) ? TwilioCommand.of(integration) : new TwilioCommand();
	}

	@Override
	void showStored(TwilioSummary integration) {
		this.newAuthToken.showStored(integration != null && integration.tokenSet());
	}

}
