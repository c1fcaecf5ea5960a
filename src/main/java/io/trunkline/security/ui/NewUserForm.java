package io.trunkline.security.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ServiceErrors;
import io.trunkline.security.AppUser;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;

/**
 * Email, name and role of a person to add. Fires {@link SaveEvent} with a valid command,
 * or {@link CloseEvent}; the view calls the service.
 */
public class NewUserForm extends FormLayout {

	final EmailField email = new EmailField("Email");

	final TextField displayName = new TextField("Name");

	final Select<Role> role = new Select<>();

	private final BeanValidationBinder<NewUser> binder = Binders.of(NewUser.class);

	private final NewUser command = new NewUser();

	public NewUserForm() {
		this.email.setMaxLength(AppUser.EMAIL_MAX_LENGTH);
		this.email.setRequiredIndicatorVisible(true);
		this.displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
		this.displayName.setRequiredIndicatorVisible(true);
		this.role.setLabel("Role");
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(Role::label);
		this.binder.bindInstanceFields(this);
		this.binder.setBean(this.command);
		Button save = new Button("Add user", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CloseEvent(this)));
		add(this.email, this.displayName, this.role, new HorizontalLayout(save, cancel));
		setResponsiveSteps(new ResponsiveStep("0", 1));
	}

	private void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	/**
	 * Shows a rule the service found broken at the field it concerns.
	 */
	public void showError(FieldException ex) {
		ServiceErrors.show(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
		return addListener(CloseEvent.class, listener);
	}

	/** The person to add, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<NewUserForm> {

		private final NewUser command;

		SaveEvent(NewUserForm source, NewUser command) {
			super(source, false);
			this.command = command;
		}

		public NewUser getCommand() {
			return this.command;
		}

	}

	/** The person closed the form without saving. */
	public static class CloseEvent extends ComponentEvent<NewUserForm> {

		CloseEvent(NewUserForm source) {
			super(source, false);
		}

	}

}
