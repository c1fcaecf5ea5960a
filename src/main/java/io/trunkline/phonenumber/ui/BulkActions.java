package io.trunkline.phonenumber.ui;

import io.trunkline.base.ui.Counts;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What can be done to the selected numbers at once: activate, deactivate, delete
 * (confirmed, naming the count). Visible only while something is selected; its buttons
 * are made at the first selection, so a UI where nothing is ever selected does not hold
 * them.
 */
class BulkActions extends HorizontalLayout {

	Span selected;

	Button activate;

	Button deactivate;

	Button delete;

	private final Consumer<Set<Long>> onActivate;

	private final Consumer<Set<Long>> onDeactivate;

	private final Consumer<Set<Long>> onDelete;

	private Set<Long> ids = Set.of();

	BulkActions(Consumer<Set<Long>> onActivate, Consumer<Set<Long>> onDeactivate, Consumer<Set<Long>> onDelete) {
		this.onActivate = onActivate;
		this.onDeactivate = onDeactivate;
		this.onDelete = onDelete;
		setAlignItems(FlexComponent.Alignment.CENTER);
		addClassName("bulk-actions");
		setVisible(false);
	}

	private void build() {
		Consumer<Set<Long>> onActivate = this.onActivate;
		Consumer<Set<Long>> onDeactivate = this.onDeactivate;
		Consumer<Set<Long>> onDelete = this.onDelete;
		this.selected = new Span();
		this.activate = new Button("Activate");
		this.deactivate = new Button("Deactivate");
		this.delete = new Button("Delete");
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.activate.addClickListener((click) -> onActivate.accept(this.ids));
		this.deactivate.addClickListener((click) -> onDeactivate.accept(this.ids));
		this.delete.addClickListener((click) -> {
			Set<Long> chosen = this.ids;
			String count = Counts.of(chosen.size(), "number", "numbers");
			ConfirmDialog confirm = new ConfirmDialog("Delete " + count + "?",
					"The " + count + " and their settings are deleted. This cannot be undone.", "Delete " + count,
					(event) -> onDelete.accept(chosen));
			confirm.setCancelable(true);
			confirm.setConfirmButtonTheme("error primary");
			confirm.open();
		});
		add(this.selected, this.activate, this.deactivate, this.delete);
	}

	void show(Set<Long> selectedIds) {
		this.ids = Set.copyOf(selectedIds);
		if (this.selected == null && !this.ids.isEmpty()) {
			build();
		}
		if (this.selected != null) {
			this.selected.setText(this.ids.size() + " selected");
		}
		setVisible(!this.ids.isEmpty());
	}

}
