package io.trunkline.base.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog around a form with Save and Cancel, and Delete (behind a confirmation) when
 * editing something that exists.
 */
public class FormDialog extends Dialog {

	private final Button delete = new Button("Delete");

	public FormDialog(String title, Component form, Runnable save) {
		setHeaderTitle(title);
		add(form);
		Button saveButton = new Button("Save", (click) -> save.run());
		saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button("Cancel", (click) -> close());
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.delete.setVisible(false);
		this.delete.getStyle().set("margin-inline-end", "auto");
		getFooter().add(this.delete, cancel, saveButton);
		setWidth("40rem");
	}

	/**
	 * Offers deletion, confirmed in a dialog that names what goes.
	 */
	public void allowDelete(String what, Runnable action) {
		allowDelete(() -> confirmDelete(what, action));
	}

	/**
	 * Offers deletion behind a confirmation made when Delete is clicked, for when what
	 * goes depends on the state at that moment.
	 */
	public void allowDelete(Supplier<ConfirmDialog> confirmation) {
		this.delete.setVisible(true);
		this.delete.addClickListener((click) -> confirmation.get().open());
	}

	/**
	 * @return the confirmation that names what goes, not yet open
	 */
	public static ConfirmDialog confirmDelete(String what, Runnable action) {
		ConfirmDialog confirm = new ConfirmDialog("Delete " + what + "?", "This cannot be undone.", "Delete",
				(event) -> action.run());
		confirm.setCancelable(true);
		confirm.setConfirmButtonTheme("error primary");
		return confirm;
	}

}
