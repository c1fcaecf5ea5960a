package io.trunkline.trunk.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.base.ui.SecretField;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegration;
import io.trunkline.trunk.TwilioSummary;

/**
 * A Twilio integration's name, account SID and write-only auth token. Fires
 * {@link SaveEvent}.
 */
public class TwilioForm extends FormLayout {

	final TextField name = new TextField("Name");

	final TextField accountSid = new TextField("Account SID");

	final SecretField newAuthToken = new SecretField("Auth token", TwilioIntegration.TOKEN_MAX_LENGTH);

	private final BeanValidationBinder<TwilioCommand> binder = Binders.of(TwilioCommand.class);

	private TwilioCommand command = new TwilioCommand();

	public TwilioForm() {
		this.name.setMaxLength(TwilioIntegration.NAME_MAX_LENGTH);
		this.accountSid.setMaxLength(34);
		this.accountSid.setPlaceholder("AC0123456789abcdef0123456789abcdef");
		this.binder.bindInstanceFields(this);
		add(this.name, this.accountSid, this.newAuthToken);
		setResponsiveSteps(new ResponsiveStep("0", 1));
		edit(null);
	}

	public void edit(TwilioSummary integration) {
		this.command = (integration != null) ? TwilioCommand.of(integration) : new TwilioCommand();
		this.binder.setBean(this.command);
		this.newAuthToken.showStored(integration != null && integration.tokenSet());
	}

	public void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	public void showError(FieldException ex) {
		FieldErrors.show(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	/** An integration to save. */
	public static class SaveEvent extends ComponentEvent<TwilioForm> {

		private final TwilioCommand command;

		SaveEvent(TwilioForm source, TwilioCommand command) {
			super(source, false);
			this.command = command;
		}

		public TwilioCommand getCommand() {
			return this.command;
		}

	}

}
