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

	AgentsStep(List<AgentSummary> agents) {
		setPadding(false);
		this.inbound = new AgentListEditor(Direction.INBOUND, agents);
		this.outbound = new AgentListEditor(Direction.OUTBOUND, agents);
		Paragraph hint = new Paragraph(agents.isEmpty() ? "There are no agents yet: the numbers are imported unbound."
				: "Leave a direction empty to import the numbers without agents for it. "
						+ "A row's own agent column wins over these.");
		hint.addClassName("step-hint");
		add(hint, this.inbound, this.outbound);
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
