package io.trunkline.importer.ui;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.Direction;
import io.trunkline.phonenumber.ui.AgentListEditor;

/**
 * Step 3: the agents of each direction for every number, with the same editor and rules
 * as a number's own bindings. A direction left empty stays unbound.
 */
class AgentsStep extends VerticalLayout {

	final AgentListEditor inbound;

	final AgentListEditor outbound;

	final Paragraph hint = new Paragraph();

	private final boolean noAgents;

	AgentsStep(List<AgentSummary> agents) {
		setPadding(false);
		this.inbound = new AgentListEditor(Direction.INBOUND, agents);
		this.outbound = new AgentListEditor(Direction.OUTBOUND, agents);
		this.noAgents = agents.isEmpty();
		this.hint.addClassName("step-hint");
		describe(null);
		add(this.hint, this.inbound, this.outbound);
	}

	/** Says what the chosen agents apply to, for the way the numbers came in. */
	void describe(NumbersInput input) {
		boolean one = input != null && input.typed();
		if (this.noAgents) {
			this.hint.setText(one ? "There are no agents yet: the number is imported unbound."
					: "There are no agents yet: the numbers are imported unbound.");
			return;
		}
		String text = one ? "Leave a direction empty to import the number without agents for it."
				: "Leave a direction empty to import the numbers without agents for it.";
		if (input != null && input.namesAgents()) {
			text += " A row's own agent column wins over these.";
		}
		this.hint.setText(text);
	}

	List<BindingLine> inbound() {
		return this.inbound.getValue();
	}

	List<BindingLine> outbound() {
		return this.outbound.getValue();
	}

	void clearErrors() {
		this.inbound.setError(null);
		this.outbound.setError(null);
	}

	/** Shows every error of the service at its direction. */
	void showErrors(FieldException ex) {
		for (FieldError error : ex.getErrors()) {
			if ("inbound".equals(error.field()) || "outbound".equals(error.field())) {
				("outbound".equals(error.field()) ? this.outbound : this.inbound).setError(error.message());
			}
		}
	}

}
