package io.trunkline.importer.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import io.trunkline.base.NotFoundException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportService;
import io.trunkline.security.Roles;

/**
 * One import ({@code import/<id>}): its progress while it runs, updated live, then what
 * it did. The import runs on its own thread; leaving this page does not stop it, and
 * coming back shows where it is.
 */
@Route("import")
@PageTitle("Import")
@RolesAllowed({ Roles.ADMIN, Roles.AGENT_MANAGER })
public class ImportProgressView extends VerticalLayout implements HasUrlParameter<Long> {

	static final Duration REFRESH = Duration.ofMillis(500);

	static final String NOT_FOUND = "Import not found.";

	final ProgressPanel progress;

	final ImportSummary summary = new ImportSummary();

	final Paragraph notFound = new Paragraph(NOT_FOUND);

	private final ImportService imports;

	private final RefreshTicker ticker;

	private Long batchId;

	private ScheduledFuture<?> ticks;

	private boolean finished;

	ImportProgressView(ImportService imports, RefreshTicker ticker) {
		this.imports = imports;
		this.ticker = ticker;
		addClassName("import-progress-view");
		this.progress = new ProgressPanel(this::cancel);
		this.notFound.setVisible(false);
		add(new RouterLink("New import", ImportWizardView.class), this.notFound, this.progress, this.summary);
	}

	@Override
	public void setParameter(BeforeEvent event, Long parameter) {
		this.batchId = parameter;
		refresh();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		stopTicks();
		if (this.finished) {
			return;
		}
		this.ticks = this.ticker.every(REFRESH, () -> {
			try {
				ui.access(this::refresh);
			}
			catch (UIDetachedException ex) {
				stopTicks();
			}
		});
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stopTicks();
	}

	/** Shows where the import is now; stops refreshing once it has finished. */
	void refresh() {
		if (this.batchId == null) {
			return;
		}
		ImportProgress now;
		try {
			now = this.imports.progress(this.batchId);
		}
		catch (NotFoundException ex) {
			this.finished = true;
			stopTicks();
			this.notFound.setVisible(true);
			this.progress.setVisible(false);
			this.summary.setVisible(false);
			return;
		}
		this.progress.show(now);
		this.finished = now.status().finished();
		if (this.finished) {
			stopTicks();
			this.summary.show(now, this.imports.report(this.batchId).orElse(null));
		}
	}

	private void cancel() {
		try {
			this.imports.cancel(this.batchId);
		}
		catch (NotFoundException ex) {
			Notifications.error("This import is not running on this server any more; it cannot be cancelled here.");
		}
		refresh();
	}

	private void stopTicks() {
		if (this.ticks != null) {
			this.ticks.cancel(false);
			this.ticks = null;
		}
	}

}
