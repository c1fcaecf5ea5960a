package io.trunkline.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import io.trunkline.audit.AuditExport;
import io.trunkline.audit.AuditFilter;
import io.trunkline.audit.AuditRow;
import io.trunkline.audit.AuditService;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.security.Roles;

/**
 * The audit trail, newest first, loaded a page at a time from the database and filtered
 * there. Read-only: entries cannot be changed or deleted. Every column is plain text, so
 * names with line breaks or markup show as typed and are never rendered.
 */
@Route("audit")
@PageTitle("Audit")
@Menu(order = 95, title = "Audit", icon = "vaadin:clipboard-text")
@ViewDescription("Who changed what, and when: every change, sign-in and refused access.")
@RolesAllowed({ Roles.ADMIN, Roles.OPERATOR })
public class AuditView extends VerticalLayout {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

	final Grid<AuditRow> grid = new Grid<>();

	final AuditFilters filters = new AuditFilters(this::filter);

	private final AuditService audit;

	private AuditFilter filter = AuditFilter.NONE;

	AuditView(AuditService audit, AuditExport export) {
		this.audit = audit;
		setSizeFull();
		DownloadHandler csv = (event) -> {
			event.setFileName("audit-trail.csv");
			event.setContentType("text/csv; charset=utf-8");
			try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
				export.write(this.filter, out);
			}
		};
		Anchor download = new Anchor(csv, "");
		download.add(new Button("Export CSV", VaadinIcon.DOWNLOAD.create()));
		Span note = new Span("Times are in UTC. Click an entry to see all of it. Secrets show only that they changed.");
		note.addClassName("audit-note");
		HorizontalLayout actions = new HorizontalLayout(download, note);
		actions.setAlignItems(FlexComponent.Alignment.CENTER);
		configureGrid();
		add(this.filters, actions, this.grid);
		setFlexGrow(1, this.grid);
	}

	// Widths in rem: an em is smaller in the header than in the body, which would shift
	// the columns apart.
	private void configureGrid() {
		this.grid.addColumn((row) -> TIME.format(row.occurredAt()))
			.setHeader("Time (UTC)")
			.setKey("time")
			.setWidth("12.5rem");
		this.grid.addColumn(AuditRow::userEmail).setHeader("User").setKey("user").setWidth("12rem");
		this.grid.addColumn((row) -> row.action().label()).setHeader("Action").setKey("action").setWidth("7rem");
		this.grid.addColumn(AuditRow::entityText)
			.setHeader("Entity")
			.setKey("entity")
			.setWidth("16rem")
			.setTooltipGenerator(AuditRow::entityText);
		this.grid.addColumn(AuditRow::changesText)
			.setHeader("Changes")
			.setKey("changes")
			.setWidth("16rem")
			.setTooltipGenerator(AuditRow::changesText);
		this.grid.getColumns().forEach((column) -> column.setFlexGrow(column.getKey().equals("changes") ? 1 : 0));
		this.grid.addItemClickListener((click) -> new AuditEntryDialog(click.getItem()).open());
		this.grid.setItems(
				(query) -> this.audit.page(this.filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.setSizeFull();
	}

	private void filter(AuditFilter next) {
		this.filter = next;
		this.grid.getDataProvider().refreshAll();
	}

}
