package io.trunkline.apikey.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.apikey.NewApiKey;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.security.Role;

/**
 * Name, role and validity of a new API key. Fires {@link SaveEvent} with a valid command,
 * or {@link CloseEvent}; the view calls the service.
 */
public class NewApiKeyForm extends FormLayout {

	final TextField name = new TextField("Name");

	final Select<Role> role = new Select<>();

	final IntegerField validDays = new IntegerField("Valid for (days)");

	private final BeanValidationBinder<NewApiKey> binder = new BeanValidationBinder<>(NewApiKey.class);

	private final NewApiKey command = new NewApiKey();

	public NewApiKeyForm() {
		this.name.setMaxLength(NewApiKey.NAME_MAX_LENGTH);
		this.name.setRequiredIndicatorVisible(true);
		this.name.setHelperText("What the key is for, such as \"Provisioning script\"");
		this.role.setLabel("Role");
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(Role::label);
		this.validDays.setMin(1);
		this.validDays.setMax(NewApiKey.MAX_VALID_DAYS);
		this.validDays.setStepButtonsVisible(true);
		this.validDays.setHelperText("At most " + NewApiKey.MAX_VALID_DAYS + " days");
		this.binder.bindInstanceFields(this);
		this.binder.setBean(this.command);
		Button save = new Button("Create key", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CloseEvent(this)));
		add(this.name, this.role, this.validDays, new HorizontalLayout(save, cancel));
		setResponsiveSteps(new ResponsiveStep("0", 1));
	}

	private void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	/** Shows a rule the service found broken at the field it concerns. */
	public void showError(FieldException ex) {
		FieldErrors.show(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
		return addListener(CloseEvent.class, listener);
	}

	/** The key to create, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<NewApiKeyForm> {

		private final NewApiKey command;

		SaveEvent(NewApiKeyForm source, NewApiKey command) {
			super(source, false);
			this.command = command;
		}

		public NewApiKey getCommand() {
			return this.command;
		}

	}

	/** The admin closed the form without creating a key. */
	public static class CloseEvent extends ComponentEvent<NewApiKeyForm> {

		CloseEvent(NewApiKeyForm source) {
			super(source, false);
		}

	}

}
