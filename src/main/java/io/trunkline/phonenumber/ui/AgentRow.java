package io.trunkline.phonenumber.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;

/**
 * One agent of a list: the agent, its version (latest, a number or a tag) and its weight.
 */
class AgentRow extends HorizontalLayout {

	final ComboBox<AgentSummary> agent = new ComboBox<>();

	final ComboBox<String> version = new ComboBox<>();

	final BigDecimalField weight = new BigDecimalField();

	final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

	AgentRow(List<AgentSummary> agents, BindingLine line, Runnable onChange, Consumer<AgentRow> onRemove) {
		setAlignItems(FlexComponent.Alignment.END);
		this.agent.setPlaceholder("Agent");
		this.agent.setItems(agents);
		this.agent.setItemLabelGenerator(AgentSummary::name);
		this.agent.addValueChangeListener((change) -> versions(change.getValue()));
		this.version.setPlaceholder("latest");
		this.version.setItems(List.of("latest"));
		this.version.setWidth("9em");
		this.version.setLabel("Version");
		this.weight.setWidth("7em");
		this.weight.setSuffixComponent(new Span("%"));
		this.weight.setLabel("Weight (%)");
		this.weight.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
		this.weight.addValueChangeListener((change) -> onChange.run());
		this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
		number(1);
		this.remove.addClickListener((click) -> onRemove.accept(this));
		if (line != null) {
			this.agent.setValue(agents.stream().filter((a) -> a.id() == line.agentId()).findFirst().orElse(null));
			this.version.setValue(line.versionRef());
			this.weight.setValue(Weights.asPercent(line.weightBp()));
		}
		else {
			this.version.setValue("latest");
			this.weight.setValue(Weights.asPercent(Weights.WHOLE));
		}
		add(this.agent, this.version, this.weight, this.remove);
	}

	/**
	 * Names the row's fields by its place in the list, for screen readers and for people
	 * who tab through several rows.
	 */
	void number(int place) {
		this.agent.setLabel("Agent " + place);
		this.version.setAriaLabel("Version of agent " + place);
		this.weight.setAriaLabel("Weight of agent " + place + " (%)");
		this.remove.setAriaLabel("Remove agent " + place);
	}

	private void versions(AgentSummary chosen) {
		List<String> refs = new ArrayList<>();
		refs.add("latest");
		if (chosen != null) {
			refs.addAll(chosen.tags().keySet());
			for (int v = chosen.latestVersion(); v >= 1; v--) {
				refs.add(String.valueOf(v));
			}
		}
		String current = this.version.getValue();
		if (current != null && !refs.contains(current)) {
			refs.add(current);
		}
		this.version.setItems(refs);
		this.version.setValue((current != null) ? current : "latest");
	}

	String versionRef() {
		return (this.version.getValue() != null) ? this.version.getValue() : "latest";
	}

	/** The weight in basis points; -1 when it has more than two decimals or is empty. */
	int basisPoints() {
		BigDecimal value = this.weight.getValue();
		return (value == null) ? 0 : Weights.basisPoints(value);
	}

	void setReadOnly(boolean readOnly) {
		this.agent.setReadOnly(readOnly);
		this.version.setReadOnly(readOnly);
		this.weight.setReadOnly(readOnly);
		this.remove.setVisible(!readOnly);
	}

}
