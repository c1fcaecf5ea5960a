package io.trunkline.phonenumber.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.QueryParameters;
import io.trunkline.KaribuTest;
import io.trunkline.importer.CsvSource;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.TrunkHealthRows;
import io.trunkline.trunk.health.TrunkStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._sort;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberListViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportService imports;

	private Org org;

	private TrunkSummary main;

	private TrunkSummary backup;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void threeNumbers() {
		this.org = this.accounts.newOrganization();
		this.main = this.fixtures.trunk(this.org, "Main", "pw");
		this.backup = this.fixtures.trunk(this.org, "Backup", "pw");
		TrunkSummary backup = this.backup;
		this.fixtures.number(this.org, this.main, "+1 415 555 0101");
		this.fixtures.number(this.org, this.main, "+1 212 555 0102");
		this.fixtures.number(this.org, backup, "+44 20 7946 0958");
	}

	@Test
	void shows_the_numbers_in_international_form_with_their_count() {
		open(this.org.adminEmail());
		assertThat(view().count.getText()).isEqualTo("3 numbers");
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102", "+442079460958");
		int row = _findAll(grid()).stream().map(PhoneNumberRow::number).toList().indexOf("+442079460958");
		assertThat(_getFormattedRow(grid(), row).stream().map(String::strip)).containsExactly("+44 20 7946 0958",
				"+44 20 7946 0958", "Backup", "None", "None", "Free", "Active");
	}

	@Test
	void the_grid_knows_its_size_so_a_long_scroll_reaches_every_row() {
		this.fixtures.manyNumbers(this.org, this.main, 400, false);
		open(this.org.adminEmail());

		assertThat(view().count.getText()).isEqualTo("403 numbers");
		assertThat(grid().getDataCommunicator().getItemCount()).isEqualTo(403);
		// one range asked for at once, deep down (as the browser asks after a long
		// scroll)
		grid().getDataCommunicator().setViewportRange(300, 103);
		assertThat(_get(grid(), 402)).isNotNull();
		assertThat(_findAll(grid())).hasSize(403).doesNotHaveDuplicates();

		view().filters.text.setValue("line 39");
		// "line 39" in a name, or 39 anywhere in a number: 39, 139, 239, 339, 390-399
		assertThat(grid().getDataCommunicator().getItemCount()).isEqualTo(14);
		assertThat(view().count.getText()).isEqualTo("14 numbers");
	}

	@Test
	void the_default_columns_fit_a_laptop_and_the_chooser_shows_the_rest_for_the_whole_session() {
		open(this.org.adminEmail());
		assertThat(visibleHeaders()).containsExactly("Number", "Name", "Provider and trunk", "Inbound agents",
				"Outbound agents", "Status", "Active");

		toggleColumn(view().columns, "Region");
		toggleColumn(view().columns, "Updated (UTC)");
		toggleColumn(view().columns, "Outbound agents");
		toggleColumn(view().columns, "Trunk status");
		assertThat(visibleHeaders()).containsExactly("Number", "Name", "Region", "Provider and trunk", "Trunk status",
				"Inbound agents", "Status", "Active", "Updated (UTC)");
		int row = _findAll(grid()).stream().map(PhoneNumberRow::number).toList().indexOf("+442079460958");
		assertThat(_getFormattedRow(grid(), row)).contains("GB");

		UI.getCurrent().navigate("");
		UI.getCurrent().navigate(PhoneNumberListView.class);
		assertThat(visibleHeaders()).contains("Region", "Updated (UTC)", "Trunk status")
			.doesNotContain("Outbound agents");
	}

	@Test
	void free_and_in_use_are_explained_beside_the_grid_and_on_each_cell() {
		open(this.org.adminEmail());
		_assertOne(Span.class, (spec) -> spec.withText("Free: no agent bound · In use: an agent takes its calls"));
		PhoneNumberRow free = _findAll(grid()).get(0);
		assertThat(_getFormatted(grid().getColumnByKey("status"), free)).isEqualTo("Free");
		assertThat(grid().getColumnByKey("status").getTooltipGenerator().apply(free))
			.isEqualTo("Free: no agent is bound to this number yet");
	}

	private static List<String> visibleHeaders() {
		return grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList();
	}

	@Test
	void filters_by_text_typed_any_way_by_region_and_by_trunk() {
		open(this.org.adminEmail());
		type(view().filters.text, "(415) 555-0101");
		assertThat(numbers()).containsExactly("+14155550101");
		assertThat(view().count.getText()).isEqualTo("1 number");
		type(view().filters.text, "");
		assertThat(view().filters.region).as("made at the first click on More filters").isNull();
		_click(view().filters.more);
		type(view().filters.region, "GB");
		assertThat(numbers()).containsExactly("+442079460958");
		type(view().filters.region, null);
		type(view().filters.trunk, this.main);
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102");
	}

	@Test
	void a_number_whose_trunk_is_down_is_marked_and_the_trunk_status_filter_finds_it() {
		TrunkHealthRows health = new TrunkHealthRows(this.jdbc);
		health.store(this.main.id(), this.org.id(), TrunkStatus.DOWN, 503, "Service Unavailable", Instant.now());
		health.store(this.backup.id(), this.org.id(), TrunkStatus.UP, 200, "OK", null);
		Org other = this.accounts.newOrganization();
		TrunkSummary foreign = this.fixtures.trunk(other, "Foreign", "pw");
		this.fixtures.number(other, foreign, "+1 415 555 0199");
		health.store(foreign.id(), other.id(), TrunkStatus.DOWN, null, "No answer within 5 s", Instant.now());
		open(this.org.adminEmail());

		PhoneNumberRow down = _findAll(grid()).stream()
			.filter((row) -> row.number().equals("+14155550101"))
			.findFirst()
			.orElseThrow();
		PhoneNumberRow up = _findAll(grid()).stream()
			.filter((row) -> row.number().equals("+442079460958"))
			.findFirst()
			.orElseThrow();
		// by default the status is inside "Provider and trunk": a Down badge, and a
		// tooltip on every trunk
		assertThat(visibleHeaders()).doesNotContain("Trunk status");
		Grid.Column<PhoneNumberRow> carrier = grid().getColumnByKey("carrier");
		assertThat(_getFormatted(carrier, down).strip()).isEqualTo("Main Down");
		assertThat(_getFormatted(carrier, up).strip()).isEqualTo("Backup");
		assertThat(carrier.getTooltipGenerator().apply(down))
			.isEqualTo("SIP trunk · Main. " + NumberColumns.TRUNK_DOWN);
		assertThat(carrier.getTooltipGenerator().apply(up)).isEqualTo("SIP trunk · Backup. SIP trunk status: Up");
		assertThat(grid().getPartNameGenerator().apply(down)).isEqualTo("trunk-down");
		assertThat(grid().getPartNameGenerator().apply(up)).isNull();
		// its own column, one click away in "Columns", says the same
		toggleColumn(view().columns, "Trunk status");
		assertThat(_getFormatted(grid().getColumnByKey("trunkStatus"), down)).isEqualTo("Down");
		assertThat(_getFormatted(grid().getColumnByKey("trunkStatus"), up)).isEqualTo("Up");
		assertThat(grid().getColumnByKey("trunkStatus").getTooltipGenerator().apply(down))
			.isEqualTo(NumberColumns.TRUNK_DOWN);

		_click(view().filters.more);
		type(view().filters.trunkStatus, TrunkStatus.DOWN);
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102");
		assertThat(view().count.getText()).isEqualTo("2 numbers");
		type(view().filters.trunkStatus, TrunkStatus.UP);
		assertThat(numbers()).containsExactly("+442079460958");
		type(view().filters.trunkStatus, TrunkStatus.NOT_CHECKED);
		assertThat(numbers()).isEmpty();
		type(view().filters.trunkStatus, null);
		assertThat(numbers()).hasSize(3);

		UI.getCurrent().navigate(PhoneNumberListView.class, QueryParameters.of("trunk_status", "down"));
		assertThat(view().filters.trunkStatus.getValue()).isEqualTo(TrunkStatus.DOWN);
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102");
	}

	@Test
	void sorts_by_number() {
		open(this.org.adminEmail());
		_sort(grid(), new QuerySortOrder("number", com.vaadin.flow.data.provider.SortDirection.ASCENDING));
		assertThat(numbers()).containsExactly("+12125550102", "+14155550101", "+442079460958");
		_sort(grid(), new QuerySortOrder("number", com.vaadin.flow.data.provider.SortDirection.DESCENDING));
		assertThat(numbers()).containsExactly("+442079460958", "+14155550101", "+12125550102");
	}

	@Test
	void bulk_deactivate_and_delete_after_confirming_the_count() {
		open(this.org.adminEmail());
		selectNumbers("+14155550101", "+12125550102");
		assertThat(view().bulk.selected.getText()).isEqualTo("2 selected");
		_click(view().bulk.deactivate);
		_click(view().filters.more);
		type(view().filters.active, NumberFilters.INACTIVE);
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102");
		type(view().filters.active, NumberFilters.ANY);
		selectNumbers("+442079460958");
		_click(view().bulk.delete);
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader(confirm))
			.isEqualTo("Delete 1 number?");
		_fireConfirm(confirm);
		assertThat(numbers()).containsExactlyInAnyOrder("+14155550101", "+12125550102");
		assertThat(view().count.getText()).isEqualTo("2 numbers");
	}

	@Test
	void viewer_reads_the_grid_but_cannot_select_add_or_act() {
		open(this.accounts.addUser(this.org, Role.VIEWER));
		assertThat(numbers()).hasSize(3);
		assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.NONE);
		_assertNone(Button.class, (spec) -> spec.withText("Add number"));
		assertThat(view().bulk.isVisible()).isFalse();
	}

	@Test
	void the_import_parameter_shows_only_that_imports_numbers_until_the_chip_is_removed() {
		long batchId = importNumbers("number\n+1 415 555 0110\n+1 415 555 0111\n+1 415 555 0101\n");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberListView.class, QueryParameters.of("import", String.valueOf(batchId)));

		assertThat(numbers()).containsExactlyInAnyOrder("+14155550110", "+14155550111");
		assertThat(view().count.getText()).isEqualTo("2 numbers");
		assertThat(view().importChip.isVisible()).isTrue();
		assertThat(view().importChip.text.getText()).isEqualTo("Import #" + batchId + " only");
		type(view().filters.text, "0111");
		assertThat(numbers()).containsExactly("+14155550111");
		type(view().filters.text, "0102");
		assertThat(numbers()).isEmpty();

		_click(view().importChip.remove);
		assertThat(view().importChip.isVisible()).isFalse();
		assertThat(numbers()).containsExactly("+12125550102");
		type(view().filters.text, "");
		assertThat(view().count.getText()).isEqualTo("5 numbers");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
			.isEqualTo("numbers");
	}

	@Test
	void a_malformed_import_parameter_is_ignored() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberListView.class, QueryParameters.of("import", "12; drop"));
		assertThat(view().importChip.isVisible()).isFalse();
		assertThat(numbers()).hasSize(3);
	}

	private long importNumbers(String csv) {
		long[] batchId = new long[1];
		this.accounts.as(this.org.adminEmail(), () -> {
			CsvSource source = this.imports.readCsv("n.csv", csv.getBytes(StandardCharsets.UTF_8));
			ImportPlan plan = this.imports.plan("n.csv", source.rows(source.suggestedMapping()),
					ImportSettings.sipTrunk(this.main.id()));
			batchId[0] = this.imports.start(plan, ImportMode.READY_ROWS).batchId();
			ImportAwait.finished(this.imports, batchId[0]);
		});
		return batchId[0];
	}

	private void selectNumbers(String... numbers) {
		grid().deselectAll();
		List<PhoneNumberRow> rows = _findAll(grid()).stream()
			.filter((row) -> List.of(numbers).contains(row.number()))
			.toList();
		grid().asMultiSelect().select(rows);
	}

	private void open(String email) {
		signIn(email);
		UI.getCurrent().navigate(PhoneNumberListView.class);
	}

	private static PhoneNumberListView view() {
		return _get(PhoneNumberListView.class);
	}

	private static Grid<PhoneNumberRow> grid() {
		return view().grid;
	}

	private static List<String> numbers() {
		return _findAll(grid()).stream().map(PhoneNumberRow::number).toList();
	}

}
