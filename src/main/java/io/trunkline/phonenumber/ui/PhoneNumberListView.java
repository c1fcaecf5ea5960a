package io.trunkline.phonenumber.ui;

import io.trunkline.base.ui.Counts;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import io.trunkline.base.ui.ColumnChooser;
import io.trunkline.base.ui.GridRange;
import io.trunkline.base.ui.Notifications;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingService;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.PhoneNumberExport;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Roles;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.health.TrunkStatus;

/**
 * The organization's numbers: filtered, sorted and loaded a page at a time from the
 * database. Admins and agent managers select numbers for bulk actions; viewers only read.
 * {@code numbers?import=<id>} shows only the numbers one import brought in;
 * {@code numbers?trunk_status=down} only those whose SIP trunk is Down.
 */
@Route("numbers")
@PageTitle("Phone numbers")
@Menu(order = 10, title = "Phone numbers", icon = "vaadin:phone")
@ViewDescription("Every number of your organization: search, filter, edit, export.")
@PermitAll
public class PhoneNumberListView extends VerticalLayout implements BeforeEnterObserver {

	final Grid<PhoneNumberRow> grid = new Grid<>();

	final Span count = new Span();

	final NumberFilters filters;

	final BulkActions bulk;

	final ColumnChooser columns;

	final ImportChip importChip = new ImportChip(
			() -> getUI().ifPresent((ui) -> ui.navigate(PhoneNumberListView.class)));

	private final PhoneNumberService numbers;

	private NumberFilter filter = NumberFilter.NONE;

	private Long importBatchId;

	/** How many numbers the filter finds: the count shown and the grid's size. */
	private long total;

	PhoneNumberListView(PhoneNumberService numbers, PhoneNumberExport export, TrunkService trunks,
			AgentService agentService, BindingService bindings, AuthenticationContext authentication) {
		this.numbers = numbers;
		boolean editor = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT_MANAGER);
		setSizeFull();
		this.filters = new NumberFilters(trunks::list, agentService::list, this::filter);
		this.bulk = new BulkActions((ids) -> setActive(ids, true), (ids) -> setActive(ids, false), this::delete);
		DownloadHandler csv = (event) -> {
			event.setFileName("phone-numbers.csv");
			event.setContentType("text/csv; charset=utf-8");
			try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
				export.write(this.filter, out);
			}
		};
		Anchor download = new Anchor(csv, "");
		download.add(new Button("Export CSV", VaadinIcon.DOWNLOAD.create()));
		HorizontalLayout actions = new HorizontalLayout(this.count, this.importChip, download);
		actions.setAlignItems(FlexComponent.Alignment.CENTER);
		actions.setWrap(true);
		if (editor) {
			Button add = new Button("Add number", VaadinIcon.PLUS.create(),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(PhoneNumberEditView.class, "new")));
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button bind = new Button("Bind agents", VaadinIcon.USER_STAR.create(),
					(click) -> openBind(agentService.list(), bindings));
			actions.add(add, bind);
		}
		configureGrid(editor);
		this.columns = new ColumnChooser(this.grid, "numbers.columns", NumberColumns.DEFAULT_COLUMNS,
				NumberColumns.of(this.grid));
		Span legend = new Span("Free: no agent bound · In use: an agent takes its calls");
		legend.addClassName("grid-legend");
		this.count.addClassName("grid-count");
		actions.add(this.columns, legend);
		add(this.filters, actions, this.bulk, this.grid);
		setFlexGrow(1, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.importBatchId = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("import")
			.filter((value) -> value.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.orElse(null);
		this.importChip.show(this.importBatchId);
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter("trunk_status")
			.flatMap(TrunkStatus::parameter)
			.ifPresent(this.filters::trunkStatus);
		filter(this.filters.filter());
	}

	private void configureGrid(boolean editor) {
		this.grid.setPartNameGenerator((row) -> row.trunkDown() ? "trunk-down" : null);
		this.grid.setSelectionMode(editor ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
		if (editor) {
			this.grid.addSelectionListener((selection) -> this.bulk
				.show(selection.getAllSelectedItems().stream().map(PhoneNumberRow::id).collect(Collectors.toSet())));
		}
		this.grid.addItemClickListener((click) -> getUI()
			.ifPresent((ui) -> ui.navigate(PhoneNumberEditView.class, String.valueOf(click.getItem().id()))));
		// the grid's size is the count the view shows, counted once per filter in
		// filter(); with an estimated size, rows reached by a long scroll stayed loading
		this.grid.setItems((query) -> this.numbers.page(this.filter, GridRange.of(query)).stream(),
				(query) -> (int) Math.min(Integer.MAX_VALUE, this.total));
		// a scroll asks for about three pages: one query for them, not three
		this.grid.getDataCommunicator().setPagingEnabled(false);
		this.grid.setSizeFull();
	}

	private void openBind(List<AgentSummary> agents, BindingService bindings) {
		Set<Long> selected = this.grid.getSelectedItems().stream().map(PhoneNumberRow::id).collect(Collectors.toSet());
		BulkBindDialog dialog = new BulkBindDialog(agents, selected, this.filter, this.numbers.count(this.filter),
				bindings::bindAll);
		dialog.addOpenedChangeListener((change) -> {
			if (!change.isOpened()) {
				filter(this.filter);
			}
		});
		dialog.open();
	}

	private void filter(NumberFilter next) {
		this.filter = next.withImport(this.importBatchId);
		if (this.grid.getSelectionMode() != Grid.SelectionMode.NONE) {
			this.grid.deselectAll();
		}
		this.total = this.numbers.count(this.filter);
		this.count.setText(Counts.of(this.total, "number", "numbers"));
		this.grid.getDataProvider().refreshAll();
	}

	private void setActive(Set<Long> ids, boolean active) {
		int changed = this.numbers.setActive(ids, active);
		Notifications.success((active ? "Activated " : "Deactivated ") + Counts.of(changed, "number", "numbers"));
		filter(this.filter);
	}

	private void delete(Set<Long> ids) {
		int deleted = this.numbers.delete(ids);
		Notifications.success("Deleted " + Counts.of(deleted, "number", "numbers"));
		filter(this.filter);
	}

}
