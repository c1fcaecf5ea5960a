package io.trunkline.phonenumber.ui;

import io.trunkline.base.ui.Binders;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.shared.Registration;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.base.ui.Notifications;
import io.trunkline.base.ui.SecretField;
import io.trunkline.organization.Regions;
import io.trunkline.phonenumber.CountryList;
import io.trunkline.phonenumber.Direction;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.Provider;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;

/**
 * Every field of a phone number, in four groups; the inbound PIN is write-only. Fires
 * {@link SaveEvent}; the view calls the service and hands all its field errors back
 * through {@link #showErrors(FieldException)}.
 */
public class PhoneNumberForm extends VerticalLayout {

	final TextField number = new TextField("Number");

	final Checkbox pseudo = new Checkbox("Pseudo number: skip E.164 validation");

	final TextField displayName = new TextField("Display name");

	final TextArea description = new TextArea("Description");

	final Checkbox active = new Checkbox("Active");

	final Select<Provider> provider = new Select<>();

	final ComboBox<TrunkSummary> sipTrunk = new ComboBox<>("SIP trunk");

	final ComboBox<TwilioSummary> twilioIntegration = new ComboBox<>("Twilio integration");

	final Checkbox supportsInbound = new Checkbox("Inbound calls");

	final Checkbox supportsOutbound = new Checkbox("Outbound calls");

	final TextField inboundWebhookUrl = new TextField("Inbound webhook URL");

	final TextField fallbackNumber = new TextField("Fallback number");

	final TextField testCallDestination = new TextField("Test-call destination");

	final MultiSelectComboBox<String> allowedInboundCountries = new MultiSelectComboBox<>("Allowed inbound countries");

	final MultiSelectComboBox<String> allowedOutboundCountries = new MultiSelectComboBox<>(
			"Allowed outbound countries");

	final SecretField inboundPin = new SecretField("Inbound PIN", PhoneNumberCommand.PIN_MAX);

	final Checkbox clearInboundPin = new Checkbox("Remove the stored PIN");

	final TextField inboundRoomPattern = new TextField("Inbound room name pattern");

	final AgentListEditor inboundAgents;

	final AgentListEditor outboundAgents;

	private final BeanValidationBinder<PhoneNumberCommand> binder = Binders.of(PhoneNumberCommand.class);

	private PhoneNumberCommand command = new PhoneNumberCommand();

	public PhoneNumberForm(List<TrunkSummary> trunks, List<TwilioSummary> integrations, List<AgentSummary> agents) {
		setPadding(false);
		this.inboundAgents = new AgentListEditor(Direction.INBOUND, agents);
		this.outboundAgents = new AgentListEditor(Direction.OUTBOUND, agents);
		this.supportsInbound.addValueChangeListener((change) -> this.inboundAgents.setAvailable(change.getValue()));
		this.supportsOutbound.addValueChangeListener((change) -> this.outboundAgents.setAvailable(change.getValue()));
		limits();
		this.provider.setLabel("Provider");
		this.provider.setItems(Provider.values());
		this.provider.setItemLabelGenerator(Provider::label);
		this.sipTrunk.setItems(trunks);
		this.sipTrunk.setItemLabelGenerator(TrunkSummary::name);
		this.twilioIntegration.setItems(integrations);
		this.twilioIntegration.setItemLabelGenerator(TwilioSummary::name);
		for (MultiSelectComboBox<String> countries : List.of(this.allowedInboundCountries,
				this.allowedOutboundCountries)) {
			countries.setItems(CountryList.all());
			countries.setItemLabelGenerator(CountryList::label);
			countries.setHelperText("Empty means every country");
		}
		this.provider.addValueChangeListener((change) -> showCarrier(change.getValue()));
		bind(trunks, integrations);
		add(group("General", this.number, this.pseudo, this.displayName, this.active, this.description),
				group("Routing", this.provider, this.sipTrunk, this.twilioIntegration, this.supportsInbound,
						this.supportsOutbound, this.inboundWebhookUrl, this.fallbackNumber, this.testCallDestination),
				agentsGroup(), group("Restrictions", this.allowedInboundCountries, this.allowedOutboundCountries),
				group("Advanced", this.inboundPin, this.clearInboundPin, this.inboundRoomPattern));
		edit(new PhoneNumberCommand(), false);
	}

	private void limits() {
		this.number.setMaxLength(PhoneNumberCommand.NUMBER_MAX);
		this.number.setRequiredIndicatorVisible(true);
		this.displayName.setMaxLength(PhoneNumberCommand.NAME_MAX);
		this.displayName.setHelperText("Left empty, the number's international form");
		this.description.setMaxLength(PhoneNumberCommand.DESCRIPTION_MAX);
		this.inboundWebhookUrl.setMaxLength(PhoneNumberCommand.URL_MAX);
		this.inboundWebhookUrl.setPlaceholder("https://");
		this.fallbackNumber.setMaxLength(PhoneNumberCommand.NUMBER_MAX);
		this.fallbackNumber.setHelperText("Called when this number cannot be reached; not this number itself");
		this.testCallDestination.setMaxLength(PhoneNumberCommand.NUMBER_MAX);
		this.inboundPin.setAllowedCharPattern("[0-9]");
		this.inboundRoomPattern.setMaxLength(PhoneNumberCommand.ROOM_PATTERN_MAX);
	}

	private void bind(List<TrunkSummary> trunks, List<TwilioSummary> integrations) {
		this.binder.forField(this.sipTrunk)
			.withConverter(Converter.from((TrunkSummary t) -> Result.ok((t != null) ? t.id() : null),
					(Long id) -> trunks.stream().filter((t) -> Objects.equals(t.id(), id)).findFirst().orElse(null)))
			.bind("sipTrunkId");
		this.binder.forField(this.twilioIntegration)
			.withConverter(Converter.from((TwilioSummary t) -> Result.ok((t != null) ? t.id() : null),
					(Long id) -> integrations.stream()
						.filter((t) -> Objects.equals(t.id(), id))
						.findFirst()
						.orElse(null)))
			.bind("twilioIntegrationId");
		this.binder.bindInstanceFields(this);
	}

	private static Details group(String title, com.vaadin.flow.component.Component... fields) {
		FormLayout layout = new FormLayout(fields);
		layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
		Details details = new Details(title, layout);
		details.setOpened(true);
		details.setWidthFull();
		return details;
	}

	private Details agentsGroup() {
		VerticalLayout editors = new VerticalLayout(this.inboundAgents, this.outboundAgents);
		editors.setPadding(false);
		Details details = new Details("Agents", editors);
		details.setOpened(true);
		details.setWidthFull();
		return details;
	}

	private void showCarrier(Provider value) {
		this.sipTrunk.setVisible(value != Provider.TWILIO);
		this.twilioIntegration.setVisible(value == Provider.TWILIO);
	}

	/**
	 * Shows a command to edit.
	 * @param pinSet whether the number has a PIN stored, which is never shown
	 */
	public void edit(PhoneNumberCommand next, boolean pinSet) {
		this.command = next;
		this.binder.setBean(next);
		showCarrier(next.getProvider());
		this.inboundAgents.setValue(next.getInboundAgents());
		this.outboundAgents.setValue(next.getOutboundAgents());
		this.inboundAgents.setAvailable(next.isSupportsInbound());
		this.outboundAgents.setAvailable(next.isSupportsOutbound());
		this.inboundPin.showStored(pinSet);
		this.inboundPin.setHelperText(
				(pinSet ? "A PIN is stored. Leave empty to keep it. " : "") + "4 to 10 digits callers must enter");
		this.clearInboundPin.setVisible(pinSet);
	}

	/** For viewers: everything visible, nothing editable. */
	public void setReadOnly(boolean readOnly) {
		this.binder.setReadOnly(readOnly);
		this.inboundAgents.setReadOnly(readOnly);
		this.outboundAgents.setReadOnly(readOnly);
	}

	/** Validates and fires {@link SaveEvent} when the form is valid. */
	public void save() {
		this.inboundAgents.setError(null);
		this.outboundAgents.setError(null);
		if (this.binder.validate().isOk()) {
			this.command.setInboundAgents(this.inboundAgents.getValue());
			this.command.setOutboundAgents(this.outboundAgents.getValue());
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	/** Shows every error of one save at once, each at its field. */
	public void showErrors(FieldException ex) {
		for (FieldError error : FieldErrors.showAll(this.binder, ex)) {
			switch (error.field()) {
				case "inbound" -> this.inboundAgents.setError(error.message());
				case "outbound" -> this.outboundAgents.setError(error.message());
				default -> Notifications.error(error.message());
			}
		}
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	/** A number to save, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<PhoneNumberForm> {

		private final PhoneNumberCommand command;

		SaveEvent(PhoneNumberForm source, PhoneNumberCommand command) {
			super(source, false);
			this.command = command;
		}

		public PhoneNumberCommand getCommand() {
			return this.command;
		}

	}

	/**
	 * Names the region that numbers without a country code are read in, e.g. "read as a
	 * United Kingdom number".
	 * @param region the organization's default region, e.g. {@code GB}
	 */
	void readNationalNumbersAs(String region) {
		this.number.setHelperText(
				"Any format, also a tel: link; without a country code it is read as " + Regions.aNumberOf(region));
	}

}
