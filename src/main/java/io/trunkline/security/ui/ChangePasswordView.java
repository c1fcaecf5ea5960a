package io.trunkline.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.SaveFailedException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Passwords;
import io.trunkline.security.UserService;

/**
 * Choose a new password; people with a temporary password are sent here until they do.
 */
@Route("account/password")
@PageTitle("Change password")
@PermitAll
public class ChangePasswordView extends Main {

	final PasswordField current = new PasswordField("Current password");

	final PasswordField next = new PasswordField("New password");

	final PasswordField repeat = new PasswordField("Repeat the new password");

	private final UserService users;

	ChangePasswordView(UserService users, CurrentUser currentUser) {
		this.users = users;
		addClassName("narrow-view");
		if (currentUser.require().passwordChangeRequired()) {
			add(new Paragraph("You signed in with a temporary password. Choose your own to continue."));
		}
		this.next.setHelperText("At least " + Passwords.MIN_LENGTH + " characters");
		this.next.setMaxLength(Passwords.MAX_LENGTH);
		Button save = new Button("Change password", (click) -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickShortcut(Key.ENTER);
		FormLayout form = new FormLayout(this.current, this.next, this.repeat, save);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form);
	}

	private void save() {
		this.current.setInvalid(false);
		this.next.setInvalid(false);
		this.repeat.setInvalid(false);
		if (!this.next.getValue().equals(this.repeat.getValue())) {
			this.repeat.setErrorMessage("The two new passwords differ");
			this.repeat.setInvalid(true);
			return;
		}
		try {
			this.users.changeOwnPassword(this.current.getValue(), this.next.getValue());
			Notifications.success("Your password was changed");
			getUI().ifPresent((ui) -> ui.navigate(""));
		}
		catch (FieldException ex) {
			for (FieldError error : ex.getErrors()) {
				PasswordField field = "currentPassword".equals(error.field()) ? this.current : this.next;
				field.setErrorMessage(error.message());
				field.setInvalid(true);
			}
		}
		catch (SaveFailedException ex) {
			Notifications.error(ex.getMessage());
		}
	}

}
