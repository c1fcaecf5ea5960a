package io.trunkline.organization.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.organization.Organization;
import io.trunkline.organization.OrganizationSummary;
import io.trunkline.organization.OrganizationUpdate;

/**
 * Corrects an organization's name and default region. Fires {@link SaveEvent} or
 * {@link CloseEvent}.
 */
public class EditOrganizationForm extends FormLayout {

	final TextField name = new TextField("Name");

	final RegionField defaultRegion = new RegionField("Default region");

	private final BeanValidationBinder<OrganizationUpdate> binder = Binders.of(OrganizationUpdate.class);

	private final OrganizationUpdate command;

	private final long id;

	public EditOrganizationForm(OrganizationSummary organization) {
		this.id = organization.id();
		this.command = OrganizationUpdate.of(organization);
		this.name.setMaxLength(Organization.NAME_MAX_LENGTH);
		this.defaultRegion.setHelperText("Only affects numbers typed from now on: numbers already stored keep "
				+ "their country. Numbers typed without a country code are read as this region's numbers.");
		this.defaultRegion.bind(this.binder, "defaultRegion");
		this.binder.bindInstanceFields(this);
		this.binder.setBean(this.command);
		Button save = new Button("Save", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CloseEvent(this)));
		add(this.name, this.defaultRegion, new HorizontalLayout(save, cancel));
		setResponsiveSteps(new ResponsiveStep("0", 1));
	}

	private void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.id, this.command));
		}
	}

	public void showError(FieldException ex) {
		FieldErrors.showAll(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
		return addListener(CloseEvent.class, listener);
	}

	/** The corrected organization, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<EditOrganizationForm> {

		private final long id;

		private final OrganizationUpdate command;

		SaveEvent(EditOrganizationForm source, long id, OrganizationUpdate command) {
			super(source, false);
			this.id = id;
			this.command = command;
		}

		public long getId() {
			return this.id;
		}

		public OrganizationUpdate getCommand() {
			return this.command;
		}

	}

	/** Closed without saving. */
	public static class CloseEvent extends ComponentEvent<EditOrganizationForm> {

		CloseEvent(EditOrganizationForm source) {
			super(source, false);
		}

	}

}
