package io.trunkline.trunk.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.base.ui.SecretField;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TerminationUris;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthView;
import com.vaadin.flow.shared.Registration;

/**
 * Every field of a SIP trunk; the password is write-only.
 */
public class TrunkForm extends CarrierForm<TrunkSummary, TrunkCommand> {

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

	/** The last check in words; shown only where the trunk's health is known. */
	final Span health = new Span();

	/** The last registration check in words, for trunks with registration on. */
	final Span registration = new Span();

	final Button checkNow = new Button("Check now", (click) -> fireEvent(new CheckNowEvent(this)));

	private final HorizontalLayout healthRow = new HorizontalLayout(this.health, this.checkNow);

	public TrunkForm() {
		super(TrunkCommand.class);
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
		add(this.name, this.terminationUri, this.transport, this.mediaEncryption, this.authUsername, this.newPassword,
				this.clearPassword, this.registrationEnabled, this.supportsInbound, this.supportsOutbound);
		this.healthRow.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.healthRow.setVisible(false);
		add(this.healthRow);
		setColspan(this.healthRow, 2);
		this.registration.setVisible(false);
		add(this.registration);
		setColspan(this.registration, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
		bindFields();
	}

	/** Shows the trunk's last check, its registration and "Check now". */
	public void showHealth(TrunkHealthView view, RegistrationView registration) {
		this.health.setText("Health: " + HealthText.sentence(view));
		this.healthRow.setVisible(true);
		this.registration.setText("Registration: " + HealthText.registrationSentence(registration));
		this.registration.setVisible(registration != null);
	}

	public Registration addCheckNowListener(ComponentEventListener<CheckNowEvent> listener) {
		return addListener(CheckNowEvent.class, listener);
	}

	/** "Check now" was clicked: the panel asks the service. */
	public static final class CheckNowEvent extends ComponentEvent<TrunkForm> {

		CheckNowEvent(TrunkForm source) {
			super(source, false);
		}

	}

	@Override
	TrunkCommand commandOf(TrunkSummary trunk) {
		return (trunk != null) ? TrunkCommand.of(trunk) : new TrunkCommand();
	}

	@Override
	void showStored(TrunkSummary trunk) {
		this.newPassword.showStored(trunk != null && trunk.passwordSet());
		this.clearPassword.setVisible(trunk != null && trunk.passwordSet());
	}

}
