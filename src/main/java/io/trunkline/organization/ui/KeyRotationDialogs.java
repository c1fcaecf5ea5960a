package io.trunkline.organization.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.trunkline.base.ui.Notifications;
import io.trunkline.security.crypto.KeyRotationService;
import io.trunkline.security.crypto.RotationResult;
import io.trunkline.security.crypto.UnreadableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rotate action: confirm, rotate, and when some stored secrets do not decrypt, name
 * their rows and let the operator rotate the others or stop and fix those first.
 */
class KeyRotationDialogs {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationDialogs.class);

	private final KeyRotationService rotation;

	KeyRotationDialogs(KeyRotationService rotation) {
		this.rotation = rotation;
	}

	void confirm() {
		ConfirmDialog confirm = new ConfirmDialog("Rotate the encryption key?",
				"A new key becomes primary and every stored secret of every organization is encrypted again. "
						+ "Old keys stay, so nothing becomes unreadable. Back up the keyset file afterwards.",
				"Rotate", (event) -> run(this.rotation::rotate));
		confirm.setCancelable(true);
		confirm.open();
	}

	private void run(Supplier<RotationResult> action) {
		RotationResult result;
		try {
			result = action.get();
		}
		catch (RuntimeException ex) {
			log.error("Key rotation failed; the keyset file is unchanged", ex);
			Notifications.error("The key was not rotated and the keyset is unchanged: " + ex.getClass().getSimpleName()
					+ ". The log has the details.");
			return;
		}
		if (result.rotated()) {
			Notifications.success(done(result));
		}
		else {
			unreadable(result).open();
		}
	}

	private Dialog unreadable(RotationResult refused) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Some stored secrets cannot be read");
		dialog.add(
				new Paragraph("The key was not rotated and nothing changed. "
						+ "These rows hold a secret that does not decrypt where it is stored "
						+ "(copied from another row, or altered):"),
				rows(refused),
				new Paragraph("Set a new password or token on them and rotate again, or rotate the others now: "
						+ "these rows keep their unreadable secret until someone replaces it."));
		Button others = new Button("Rotate the others", (click) -> {
			dialog.close();
			run(this.rotation::rotateLeavingUnreadable);
		});
		others.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		Button cancel = new Button("Cancel, fix them first", (click) -> dialog.close());
		dialog.getFooter().add(cancel, others);
		dialog.setWidth("36rem");
		return dialog;
	}

	private static UnorderedList rows(RotationResult result) {
		UnorderedList list = new UnorderedList();
		for (UnreadableSecret row : result.unreadable()) {
			list.add(new ListItem(row.store() + ": " + row.describe()));
		}
		return list;
	}

	private static String done(RotationResult result) {
		String text = "New primary key " + result.newPrimaryKeyId() + "; " + result.reencrypted()
				+ " secrets encrypted again";
		if (result.unreadable().isEmpty()) {
			return text;
		}
		return text + "; left unreadable: "
				+ String.join(", ", result.unreadable().stream().map(UnreadableSecret::describe).toList());
	}

}
