package io.trunkline.importer.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.base.ui.Notifications;
import io.trunkline.phonenumber.Provider;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;
import io.trunkline.trunk.ui.TrunkForm;

/**
 * Step 2: the SIP trunk or Twilio integration that carries the numbers. Admins can add a
 * trunk here without leaving the wizard.
 */
class CarrierStep extends VerticalLayout {

	final RadioButtonGroup<Provider> provider = new RadioButtonGroup<>("Provider");

	final ComboBox<TrunkSummary> sipTrunk = new ComboBox<>("SIP trunk");

	final ComboBox<TwilioSummary> twilio = new ComboBox<>("Twilio integration");

	final Button newTrunk = new Button("New trunk", VaadinIcon.PLUS.create());

	private final TrunkService trunks;

	final Paragraph hint = new Paragraph();

	private final boolean admin;

	CarrierStep(TrunkService trunks, List<TwilioSummary> integrations, boolean admin) {
		this.trunks = trunks;
		setPadding(false);
		this.provider.setItems(Provider.values());
		this.provider.setItemLabelGenerator(Provider::label);
		this.provider.setValue(Provider.SIP);
		this.provider.setVisible(!integrations.isEmpty());
		this.provider.addValueChangeListener((change) -> showProvider());
		this.sipTrunk.setItemLabelGenerator(TrunkSummary::name);
		this.sipTrunk.setRequiredIndicatorVisible(true);
		this.twilio.setRequiredIndicatorVisible(true);
		this.sipTrunk.setWidth("20rem");
		this.twilio.setItems(integrations);
		this.twilio.setItemLabelGenerator(TwilioSummary::name);
		this.twilio.setWidth("20rem");
		if (integrations.size() == 1) {
			this.twilio.setValue(integrations.get(0));
		}
		this.newTrunk.addClickListener((click) -> openNewTrunk());
		this.newTrunk.setVisible(admin);
		HorizontalLayout trunkRow = new HorizontalLayout(this.sipTrunk, this.newTrunk);
		trunkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.admin = admin;
		this.hint.addClassName("step-hint");
		describe(null);
		add(this.hint, this.provider, trunkRow, this.twilio);
		loadTrunks(null);
		showProvider();
	}

	/** Says what the chosen carrier applies to, for the way the numbers came in. */
	void describe(NumbersInput input) {
		String text;
		if (input == null || !input.uploaded()) {
			text = (input != null && input.typed()) ? "The number is carried by the trunk you choose here."
					: "Every number of the list is carried by the trunk you choose here.";
		}
		else {
			text = input.namesTrunks()
					? "Every number is carried by the trunk you choose here, except the rows whose trunk column "
							+ "names another."
					: "Every number of the file is carried by the trunk you choose here.";
		}
		this.hint.setText(text + (this.admin ? "" : " Only admins can add trunks."));
	}

	Provider provider() {
		return this.provider.getValue();
	}

	Long sipTrunkId() {
		return (provider() == Provider.SIP && this.sipTrunk.getValue() != null) ? this.sipTrunk.getValue().id() : null;
	}

	Long twilioIntegrationId() {
		return (provider() == Provider.TWILIO && this.twilio.getValue() != null) ? this.twilio.getValue().id() : null;
	}

	/** Whether a carrier is chosen; shows the error at the field otherwise. */
	boolean check() {
		if (provider() == Provider.TWILIO && this.twilio.getValue() == null) {
			showError("Choose the Twilio integration of these numbers");
			return false;
		}
		if (provider() == Provider.SIP && this.sipTrunk.getValue() == null) {
			showError(this.newTrunk.isVisible() ? "Choose the SIP trunk that carries these numbers, or add one"
					: "Choose the SIP trunk that carries these numbers");
			return false;
		}
		showError(null);
		return true;
	}

	void showError(String message) {
		ComboBox<?> field = (provider() == Provider.TWILIO) ? this.twilio : this.sipTrunk;
		field.setErrorMessage(message);
		field.setInvalid(message != null);
	}

	private void showProvider() {
		boolean twilioChosen = provider() == Provider.TWILIO;
		this.twilio.setVisible(twilioChosen);
		this.sipTrunk.getParent().ifPresent((row) -> row.setVisible(!twilioChosen));
	}

	private void loadTrunks(TrunkSummary select) {
		List<TrunkSummary> all = this.trunks.list();
		this.sipTrunk.setItems(all);
		if (select != null) {
			all.stream().filter((trunk) -> trunk.id() == select.id()).findFirst().ifPresent(this.sipTrunk::setValue);
		}
		else if (all.size() == 1) {
			this.sipTrunk.setValue(all.get(0));
		}
	}

	private void openNewTrunk() {
		TrunkForm form = new TrunkForm();
		FormDialog dialog = new FormDialog("New SIP trunk", form, form::save);
		form.addSaveListener((save) -> {
			try {
				TrunkSummary saved = this.trunks.create(save.getCommand());
				dialog.close();
				loadTrunks(saved);
				showError(null);
				Notifications.success("Saved " + saved.name());
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
		});
		dialog.open();
	}

}
