package io.trunkline.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import io.trunkline.audit.AuditRow;
import io.trunkline.audit.FieldChange;

/**
 * One whole entry of the audit trail: who, when, what, and every field with its value
 * before and after, wrapped rather than cut. Secrets show only that they changed, as
 * stored. Plain text throughout.
 */
class AuditEntryDialog extends Dialog {

	static final String NO_VALUE = "(none)";

	final FormLayout facts = new FormLayout();

	final Grid<FieldChange> changes = new Grid<>();

	AuditEntryDialog(AuditRow row) {
		setHeaderTitle(row.action().label() + " · " + row.entityText());
		this.facts.addFormItem(new Span(AuditView.TIME.format(row.occurredAt()) + " UTC"), "Time");
		this.facts.addFormItem(new Span((row.userEmail() != null) ? row.userEmail() : "System"), "User");
		this.facts.addFormItem(new Span(row.action().label()), "Action");
		this.facts.addFormItem(new Span(row.entityText()), "Entity");
		if (row.entityId() != null) {
			this.facts.addFormItem(new Span(String.valueOf(row.entityId())), "Id");
		}
		this.facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
		add(this.facts);
		if (row.changes().isEmpty()) {
			add(new Paragraph("No fields recorded for this entry."));
		}
		else {
			this.changes.addColumn(FieldChange::field)
				.setHeader("Field")
				.setKey("field")
				.setAutoWidth(true)
				.setFlexGrow(0);
			this.changes.addColumn((change) -> text(change.oldValue())).setHeader("Before").setKey("before");
			this.changes.addColumn((change) -> text(change.newValue())).setHeader("After").setKey("after");
			this.changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
			this.changes.setItems(row.changes());
			this.changes.setAllRowsVisible(true);
			add(this.changes);
		}
		getFooter().add(new Button("Close", (click) -> close()));
		setWidth("48rem");
		setMaxWidth("95vw");
	}

	private static String text(String value) {
		return (value != null) ? value : NO_VALUE;
	}

}
