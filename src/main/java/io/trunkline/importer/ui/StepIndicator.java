package io.trunkline.importer.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The wizard's steps, numbered, with the current one marked and the earlier ones done.
 */
class StepIndicator extends Div {

	private final List<Span> steps = new ArrayList<>();

	private final String[] names;

	private int index;

	StepIndicator(String... names) {
		this.names = names.clone();
		addClassName("wizard-steps");
		getElement().setAttribute("role", "list");
		for (int i = 0; i < names.length; i++) {
			Span number = new Span(String.valueOf(i + 1));
			number.addClassName("step-number");
			Span name = new Span(names[i]);
			name.addClassName("step-name");
			Span step = new Span(number, name);
			step.addClassName("wizard-step");
			step.getElement().setAttribute("role", "listitem");
			this.steps.add(step);
			add(step);
		}
	}

	void show(int index) {
		this.index = index;
		for (int i = 0; i < this.steps.size(); i++) {
			Span step = this.steps.get(i);
			step.setClassName("current", i == index);
			step.setClassName("done", i < index);
			if (i == index) {
				step.getElement().setAttribute("aria-current", "step");
			}
			else {
				step.getElement().removeAttribute("aria-current");
			}
		}
	}

	/** The current step as shown, for example "2 Trunk". */
	String current() {
		return (this.index + 1) + " " + this.names[this.index];
	}

}
