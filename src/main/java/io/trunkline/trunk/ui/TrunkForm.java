package io.trunkline.trunk.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.base.ui.SecretField;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TerminationUris;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkSummary;

/**
 * Every field of a SIP trunk; the password is write-only. Fires {@link SaveEvent}; the
 * view calls the service.
 */
public class TrunkForm extends FormLayout {

	final TextField name = new TextField("Name");

	final TextField terminationUri = new TextField("Termination URI");

	final Select<Transport> transport = new Select<>();

	final TextField authUsername = new TextField("Auth username");

	final SecretField newPassword = new SecretField("Auth password", SipTrunk.PASSWORD_MAX_LENGTH);

	final Checkbox clearPassword = new Checkbox("Remove the stored password");

	final Select<MediaEncryption> mediaEncryption = new Select<>();

	final Checkbox registrationEnabled = new Checkbox("SIP registration");

	final Checkbox supportsInbound = new Checkbox("Inbound calls");

	final Checkbox supportsOutbound = new Checkbox("Outbound calls");

	private final BeanValidationBinder<TrunkCommand> binder = Binders.of(TrunkCommand.class);

	private TrunkCommand command = new TrunkCommand();

	public TrunkForm() {
		this.name.setMaxLength(SipTrunk.NAME_MAX_LENGTH);
		this.terminationUri.setMaxLength(TerminationUris.MAX_LENGTH);
		this.terminationUri.setPlaceholder("sip:pbx.example.com:5060");
		this.terminationUri.setHelperText("A host, an IP address or a sip:/sips: URI. sips: means TLS; a ;transport="
				+ " in the URI must match Transport");
		this.transport.setLabel("Transport");
		this.transport.setItems(Transport.values());
		this.authUsername.setMaxLength(SipTrunk.USERNAME_MAX_LENGTH);
		this.mediaEncryption.setLabel("Media encryption");
		this.mediaEncryption.setItems(MediaEncryption.values());
		this.mediaEncryption.setItemLabelGenerator(MediaEncryption::label);
		this.binder.bindInstanceFields(this);
		add(this.name, this.terminationUri, this.transport, this.mediaEncryption, this.authUsername, this.newPassword,
				this.clearPassword, this.registrationEnabled, this.supportsInbound, this.supportsOutbound);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
		edit(null);
	}

	/**
	 * Shows a trunk to edit, or an empty form for a new one.
	 */
	public void edit(TrunkSummary trunk) {
		this.command = (trunk != null) ? TrunkCommand.of(trunk) : new TrunkCommand();
		this.binder.setBean(this.command);
		this.newPassword.showStored(trunk != null && trunk.passwordSet());
		this.clearPassword.setVisible(trunk != null && trunk.passwordSet());
	}

	/** Validates and fires {@link SaveEvent} when the form is valid. */
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

	/** A trunk to save, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<TrunkForm> {

		private final TrunkCommand command;

		SaveEvent(TrunkForm source, TrunkCommand command) {
			super(source, false);
			this.command = command;
		}

		public TrunkCommand getCommand() {
			return this.command;
		}

	}

}
