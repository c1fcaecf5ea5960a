package io.trunkline.security.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ServiceErrors;
import io.trunkline.security.Role;
import io.trunkline.security.UserSummary;
import io.trunkline.security.UserUpdate;

/**
 * A person's role and whether they may sign in. Fires {@link SaveEvent} or
 * {@link CloseEvent}.
 */
public class UserEditForm extends FormLayout {

	final Select<Role> role = new Select<>();

	final Checkbox enabled = new Checkbox("Can sign in");

	private final BeanValidationBinder<UserUpdate> binder = Binders.of(UserUpdate.class);

	private final UserSummary user;

	private final UserUpdate update;

	public UserEditForm(UserSummary user) {
		this.user = user;
		this.update = UserUpdate.of(user);
		this.role.setLabel("Role");
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(Role::label);
		this.binder.bindInstanceFields(this);
		this.binder.setBean(this.update);
		Button save = new Button("Save", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CloseEvent(this)));
		add(new Paragraph(user.email()), this.role, this.enabled, new HorizontalLayout(save, cancel));
		setResponsiveSteps(new ResponsiveStep("0", 1));
	}

	private void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.user.id(), this.update));
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

	/** The changed role and sign-in permission of one person. */
	public static class SaveEvent extends ComponentEvent<UserEditForm> {

		private final long userId;

		private final UserUpdate update;

		SaveEvent(UserEditForm source, long userId, UserUpdate update) {
			super(source, false);
			this.userId = userId;
			this.update = update;
		}

		public long getUserId() {
			return this.userId;
		}

		public UserUpdate getUpdate() {
			return this.update;
		}

	}

	/** Closed without saving. */
	public static class CloseEvent extends ComponentEvent<UserEditForm> {

		CloseEvent(UserEditForm source) {
			super(source, false);
		}

	}

}
