package io.trunkline.security.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.trunkline.base.ui.CopyButton;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.security.NewAccount;

/**
 * Shows a new account's temporary password once, for the creator to pass on. It is not
 * stored anywhere it could be shown again.
 */
public class TemporaryPasswordDialog extends Dialog {

	public TemporaryPasswordDialog(NewAccount account) {
		setHeaderTitle("Account created");
		setCloseOnOutsideClick(false);
		TextField password = new TextField("Temporary password");
		password.setValue(account.temporaryPassword());
		password.setReadOnly(true);
		password.setWidthFull();
		password.addClassName("temporary-password");
		CopyButton copy = new CopyButton("Copy password", password);
		HorizontalLayout row = new HorizontalLayout(password, copy);
		row.setWidthFull();
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.expand(password);
		add(new Paragraph(account.email() + " can now sign in with this temporary password and will be asked "
				+ "to choose a new one. Copy it now: it is not shown again."), row);
		Button done = new Button("Done", (click) -> close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
		setWidth("28rem");
	}

}
