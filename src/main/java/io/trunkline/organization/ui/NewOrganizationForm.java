package io.trunkline.organization.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ServiceErrors;
import io.trunkline.organization.NewOrganization;
import io.trunkline.organization.Organization;
import io.trunkline.organization.Slugs;
import io.trunkline.security.AppUser;

/**
 * A new organization and its first admin. Fires {@link SaveEvent} or {@link CloseEvent}.
 */
public class NewOrganizationForm extends FormLayout {

	final TextField name = new TextField("Name");

	final TextField slug = new TextField("Slug");

	final RegionField defaultRegion = new RegionField("Default region");

	final EmailField adminEmail = new EmailField("First admin's email");

	final TextField adminName = new TextField("First admin's name");

	private final BeanValidationBinder<NewOrganization> binder = Binders.of(NewOrganization.class);

	private final NewOrganization command = new NewOrganization();

	public NewOrganizationForm() {
		this.name.setMaxLength(Organization.NAME_MAX_LENGTH);
		this.slug.setMaxLength(Organization.SLUG_MAX_LENGTH);
		this.slug.setHelperText("Lowercase letters, digits and hyphens; cannot be changed later");
		this.name.addValueChangeListener((change) -> {
			if (change.isFromClient()
					&& (this.slug.isEmpty() || Slugs.of(change.getOldValue()).equals(this.slug.getValue()))) {
				this.slug.setValue(Slugs.of(change.getValue()));
			}
		});
		this.defaultRegion.setHelperText("Numbers typed without a country code are read as this region's numbers");
		this.adminEmail.setMaxLength(AppUser.EMAIL_MAX_LENGTH);
		this.adminName.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
		this.defaultRegion.bind(this.binder, "defaultRegion");
		this.binder.bindInstanceFields(this);
		this.binder.setBean(this.command);
		Button save = new Button("Create organization", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CloseEvent(this)));
		add(this.name, this.slug, this.defaultRegion, this.adminEmail, this.adminName,
				new HorizontalLayout(save, cancel));
		setResponsiveSteps(new ResponsiveStep("0", 1));
	}

	private void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	public void showError(FieldException ex) {
		ServiceErrors.show(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
		return addListener(CloseEvent.class, listener);
	}

	/** The organization to open, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<NewOrganizationForm> {

		private final NewOrganization command;

		SaveEvent(NewOrganizationForm source, NewOrganization command) {
			super(source, false);
			this.command = command;
		}

		public NewOrganization getCommand() {
			return this.command;
		}

	}

	/** Closed without saving. */
	public static class CloseEvent extends ComponentEvent<NewOrganizationForm> {

		CloseEvent(NewOrganizationForm source) {
			super(source, false);
		}

	}

}
