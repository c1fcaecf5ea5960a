package io.trunkline.phonenumber.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.Direction;

/**
 * One direction's agents: rows of agent, version and weight, with a live total that must
 * be exactly 100 %. One agent always takes 100 %.
 */
public class AgentListEditor extends VerticalLayout {

	final List<AgentRow> rows = new ArrayList<>();

	final Span total = new Span();

	final Span error = new Span();

	final Span unavailable = new Span();

	final Button add = new Button("Add agent", VaadinIcon.PLUS.create());

	final Button even = new Button("Split evenly");

	private final VerticalLayout list = new VerticalLayout();

	private final List<AgentSummary> agents;

	private boolean readOnly;

	public AgentListEditor(Direction direction, List<AgentSummary> agents) {
		this.agents = agents;
		setPadding(false);
		setSpacing(false);
		addClassName("agent-list-editor");
		this.list.setPadding(false);
		this.add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		this.even.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		this.add.addClickListener((click) -> addRow(null));
		this.even.addClickListener((click) -> splitEvenly());
		this.error.addClassName("field-error");
		this.unavailable.setText("This number does not take " + direction.label().toLowerCase() + " calls.");
		this.unavailable.setVisible(false);
		this.total.addClassName("agent-total");
		add(new Span(direction.label() + " agents"), this.unavailable, this.list,
				new HorizontalLayout(this.add, this.even, this.total), this.error);
		update();
	}

	/** Shows a stored list. */
	public void setValue(List<BindingLine> lines) {
		this.rows.clear();
		this.list.removeAll();
		lines.forEach(this::addRow);
		setError(null);
		update();
	}

	/** The list as typed; the service checks it. */
	public List<BindingLine> getValue() {
		List<BindingLine> lines = new ArrayList<>();
		for (AgentRow row : this.rows) {
			if (row.agent.getValue() != null) {
				int weight = (this.rows.size() == 1) ? Weights.WHOLE : row.basisPoints();
				lines.add(new BindingLine(row.agent.getValue().id(), row.versionRef(), weight));
			}
		}
		return lines;
	}

	/** Whether the number takes calls in this direction. */
	public void setAvailable(boolean available) {
		this.unavailable.setVisible(!available && !this.rows.isEmpty());
		this.add.setEnabled(available && !this.readOnly);
	}

	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		this.rows.forEach((row) -> row.setReadOnly(readOnly));
		this.add.setVisible(!readOnly);
		this.even.setVisible(!readOnly && this.rows.size() > 1);
	}

	public void setError(String message) {
		this.error.setText((message != null) ? message : "");
		this.error.setVisible(message != null);
	}

	private void addRow(BindingLine line) {
		AgentRow row = new AgentRow(this.agents, line, this::update, (removed) -> {
			this.rows.remove(removed);
			this.list.remove(removed);
			update();
		});
		row.setReadOnly(this.readOnly);
		this.rows.add(row);
		this.list.add(row);
		if (line == null && this.rows.size() > 1) {
			splitEvenly();
		}
		update();
	}

	private void splitEvenly() {
		List<Integer> weights = Weights.even(this.rows.size());
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).weight.setValue(Weights.asPercent(weights.get(i)));
		}
		update();
	}

	private void update() {
		boolean several = this.rows.size() > 1;
		for (int i = 0; i < this.rows.size(); i++) {
			this.rows.get(i).number(i + 1);
		}
		for (AgentRow row : this.rows) {
			row.weight.setVisible(several);
			row.weight.setErrorMessage("Use at most two decimals");
			row.weight.setInvalid(several && row.basisPoints() < 0);
		}
		this.even.setVisible(several && !this.readOnly);
		if (this.rows.isEmpty()) {
			this.total.setText("Unbound");
			this.total.removeClassName("wrong");
			return;
		}
		int sum = several ? this.rows.stream().mapToInt(AgentRow::basisPoints).sum() : Weights.WHOLE;
		boolean exact = sum == Weights.WHOLE;
		this.total.setText("Total " + Weights.percent(sum) + (exact ? "" : " (must be 100 %)"));
		this.total.setClassName("wrong", !exact);
	}

}
