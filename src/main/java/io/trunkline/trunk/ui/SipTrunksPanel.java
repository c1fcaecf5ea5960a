package io.trunkline.trunk.ui;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.NaturalOrder;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.base.ui.Notifications;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;

/**
 * The organization's SIP trunks: a grid, and a form in a dialog to add, edit or delete
 * one.
 */
class SipTrunksPanel extends VerticalLayout {

	final Grid<TrunkSummary> grid = new Grid<>();

	private final TrunkService trunks;

	SipTrunksPanel(TrunkService trunks) {
		this.trunks = trunks;
		setPadding(false);
		setSizeFull();
		Button add = new Button("Add SIP trunk", VaadinIcon.PLUS.create(), (click) -> open(null));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.grid.addColumn(TrunkSummary::name)
			.setHeader("Name")
			.setKey("name")
			.setFlexGrow(2)
			.setComparator(Comparator.comparing(TrunkSummary::name, NaturalOrder.INSTANCE));
		this.grid.addColumn(TrunkSummary::terminationUri).setHeader("Termination URI").setFlexGrow(3);
		this.grid.addColumn(TrunkSummary::transport).setHeader("Transport");
		this.grid.addColumn((trunk) -> trunk.passwordSet() ? "Set" : "Not set").setHeader("Password");
		this.grid.addColumn(TrunkSummary::registrationStatus).setHeader("Registration");
		this.grid.addColumn((trunk) -> directions(trunk)).setHeader("Calls");
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		this.grid.setSizeFull();
		add(add, this.grid);
		refresh();
	}

	private static String directions(TrunkSummary trunk) {
		if (trunk.supportsInbound() && trunk.supportsOutbound()) {
			return "In and out";
		}
		return trunk.supportsInbound() ? "Inbound" : (trunk.supportsOutbound() ? "Outbound" : "None");
	}

	private void open(TrunkSummary trunk) {
		TrunkForm form = new TrunkForm();
		form.edit(trunk);
		FormDialog dialog = new FormDialog((trunk == null) ? "New SIP trunk" : trunk.name(), form, form::save);
		form.addSaveListener((save) -> {
			try {
				TrunkSummary saved = (trunk == null) ? this.trunks.create(save.getCommand())
						: this.trunks.update(trunk.id(), trunk.version(), save.getCommand());
				dialog.close();
				refresh();
				Notifications.success("Saved " + saved.name());
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (ConcurrentChangeException ex) {
				Notifications.error(ex.getMessage());
			}
		});
		if (trunk != null) {
			dialog.allowDelete("trunk " + trunk.name(), () -> delete(trunk, dialog));
		}
		dialog.open();
	}

	private void delete(TrunkSummary trunk, FormDialog dialog) {
		try {
			this.trunks.delete(trunk.id());
			dialog.close();
			refresh();
			Notifications.success("Deleted " + trunk.name());
		}
		catch (FieldException ex) {
			Notifications.error(ex.getMessage());
		}
	}

	void refresh() {
		this.grid.setItems(this.trunks.list());
	}

}
