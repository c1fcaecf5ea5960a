package io.trunkline.phonenumber.ui;

import io.trunkline.base.ui.Counts;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.BulkBindResult;
import io.trunkline.phonenumber.BulkBinding;
import io.trunkline.phonenumber.Direction;
import io.trunkline.phonenumber.NumberFilter;

/**
 * Sets the inbound and/or outbound agents of the selected numbers, or of every number
 * matching the filter, in one transaction, then shows what changed.
 */
class BulkBindDialog extends Dialog {

	static final String SELECTED = "selected";

	static final String MATCHING = "matching";

	final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Numbers");

	final Checkbox setInbound = new Checkbox("Set inbound agents");

	final Checkbox setOutbound = new Checkbox("Set outbound agents");

	final AgentListEditor inbound;

	final AgentListEditor outbound;

	final Paragraph summary = new Paragraph();

	final Button apply = new Button("Bind agents");

	BulkBindDialog(List<AgentSummary> agents, Set<Long> selected, NumberFilter filter, long matching,
			Function<BulkBinding, BulkBindResult> action) {
		setHeaderTitle("Bind agents");
		this.inbound = new AgentListEditor(Direction.INBOUND, agents);
		this.outbound = new AgentListEditor(Direction.OUTBOUND, agents);
		this.scope.setItems(SELECTED, MATCHING);
		this.scope
			.setItemLabelGenerator((item) -> SELECTED.equals(item) ? "The " + Counts.of(selected.size()) + " selected"
					: "All " + Counts.of(matching, "number", "numbers") + " matching the filter");
		this.scope.setItemEnabledProvider((item) -> !SELECTED.equals(item) || !selected.isEmpty());
		this.scope.setValue(selected.isEmpty() ? MATCHING : SELECTED);
		this.setInbound.setValue(true);
		this.setInbound.addValueChangeListener((change) -> this.inbound.setVisible(change.getValue()));
		this.setOutbound.addValueChangeListener((change) -> this.outbound.setVisible(change.getValue()));
		this.outbound.setVisible(false);
		this.summary.setVisible(false);
		this.apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.apply.addClickListener((click) -> apply(selected, filter, action));
		add(this.scope, this.setInbound, this.inbound, this.setOutbound, this.outbound, this.summary);
		getFooter().add(new Button("Close", (click) -> close()), this.apply);
		setWidth("44rem");
	}

	private void apply(Set<Long> selected, NumberFilter filter, Function<BulkBinding, BulkBindResult> action) {
		this.inbound.setError(null);
		this.outbound.setError(null);
		var in = this.setInbound.getValue() ? this.inbound.getValue() : null;
		var out = this.setOutbound.getValue() ? this.outbound.getValue() : null;
		BulkBinding request = SELECTED.equals(this.scope.getValue()) ? BulkBinding.selected(selected, in, out)
				: BulkBinding.matching(filter, in, out);
		try {
			BulkBindResult result = action.apply(request);
			this.summary.setText(result.summary(Counts.locale()));
			this.summary.setVisible(true);
			this.apply.setEnabled(false);
		}
		catch (FieldException ex) {
			("outbound".equals(ex.getField()) ? this.outbound : this.inbound).setError(ex.getMessage());
		}
	}

}
