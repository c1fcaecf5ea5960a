package io.trunkline.importer.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

import io.trunkline.importer.ImportProgress;

/**
 * A notice of the organization's imports still running, each with a link to follow it.
 */
class UnfinishedImports extends Div {

	UnfinishedImports(List<ImportProgress> unfinished) {
		addClassName("import-notice");
		setVisible(!unfinished.isEmpty());
		for (ImportProgress progress : unfinished) {
			Div line = new Div(VaadinIcon.INFO_CIRCLE.create());
			line.add(new Span("An import is running: " + progress.sourceName() + ", started by " + progress.startedBy()
					+ " (" + progress.status().label().toLowerCase() + "). "));
			line.add(new RouterLink("Follow import #" + progress.batchId(), ImportProgressView.class,
					progress.batchId()));
			add(line);
		}
	}

}
