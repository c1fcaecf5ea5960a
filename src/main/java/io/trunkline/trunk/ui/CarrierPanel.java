package io.trunkline.trunk.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.SaveFailedException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.base.ui.Notifications;
import io.trunkline.trunk.CarrierSummary;

/**
 * The organization's carriers of one kind: a grid, and a form in a dialog to add, edit or
 * delete one. Subclasses add the columns and call their service.
 *
 * @param <S> what the console shows of the carrier
 * @param <C> the command that changes it
 */
abstract class CarrierPanel<S extends CarrierSummary, C> extends VerticalLayout {

	final Grid<S> grid = new Grid<>();

	private final String newTitle;

	private final String kind;

	/**
	 * @param kind what one is called in a delete confirmation: {@code trunk}
	 */
	CarrierPanel(String addLabel, String newTitle, String kind) {
		this.newTitle = newTitle;
		this.kind = kind;
		setPadding(false);
		setSizeFull();
		Button add = new Button(addLabel, VaadinIcon.PLUS.create(), (click) -> open(null));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		this.grid.setSizeFull();
		add(add, this.grid);
	}

	abstract List<S> list();

	abstract CarrierForm<S, C> newForm();

	abstract S create(C command);

	abstract S update(S carrier, C command);

	abstract void delete(S carrier);

	/** For subclasses: more to show or handle in the form of an existing carrier. */
	void prepare(CarrierForm<S, C> form, S carrier) {
	}

	/** Opens the form of the listed carrier with this id, if there is one. */
	void open(long id) {
		list().stream().filter((carrier) -> carrier.id() == id).findFirst().ifPresent(this::open);
	}

	private void open(S carrier) {
		CarrierForm<S, C> form = newForm();
		form.edit(carrier);
		FormDialog dialog = new FormDialog((carrier == null) ? this.newTitle : carrier.name(), form, form::save);
		form.addSaveListener((save) -> {
			try {
				S saved = (carrier == null) ? create(save.getCommand()) : update(carrier, save.getCommand());
				dialog.close();
				refresh();
				Notifications.success("Saved " + saved.name());
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (ConcurrentChangeException | SaveFailedException ex) {
				Notifications.error(ex.getMessage());
			}
		});
		if (carrier != null) {
			prepare(form, carrier);
			dialog.allowDelete(this.kind + " " + carrier.name(), () -> delete(carrier, dialog));
		}
		dialog.open();
	}

	private void delete(S carrier, FormDialog dialog) {
		try {
			delete(carrier);
			dialog.close();
			refresh();
			Notifications.success("Deleted " + carrier.name());
		}
		catch (FieldException | SaveFailedException ex) {
			Notifications.error(ex.getMessage());
		}
	}

	void refresh() {
		this.grid.setItems(list());
	}

}
