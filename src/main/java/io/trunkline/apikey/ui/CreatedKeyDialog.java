package io.trunkline.apikey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.base.ui.Notifications;

/**
 * Shows a new key once, with a copy button. Nothing keeps it: closed, it is gone.
 */
class CreatedKeyDialog extends Dialog {

	final TextField key = new TextField("API key");

	final Button copy = new Button("Copy", VaadinIcon.COPY.create());

	CreatedKeyDialog(CreatedApiKey created) {
		setHeaderTitle("API key created");
		setCloseOnOutsideClick(false);
		this.key.setValue(created.key());
		this.key.setReadOnly(true);
		this.key.setWidthFull();
		this.key.addClassName("created-api-key");
		this.copy.addClickListener((click) -> {
			getElement().executeJs("navigator.clipboard.writeText($0)", created.key());
			Notifications.success("Copied");
		});
		add(new Paragraph("Copy this key now and keep it somewhere safe: it is not shown again. Send it as "
				+ "'Authorization: Bearer <key>' or 'X-API-Key: <key>'."), this.key, this.copy);
		Button done = new Button("Done", (click) -> close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
		setWidth("36rem");
	}

}
