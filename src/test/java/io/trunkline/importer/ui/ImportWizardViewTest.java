package io.trunkline.importer.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.trunkline.KaribuTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ReviewRow;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.ui.PhoneNumberListView;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.RouterLinkKt._click;
import static io.trunkline.importer.ui.WizardDriver.addAgent;
import static io.trunkline.importer.ui.WizardDriver.awaitSummary;
import static io.trunkline.importer.ui.WizardDriver.batchIdFromAddress;
import static io.trunkline.importer.ui.WizardDriver.formattedRows;
import static io.trunkline.importer.ui.WizardDriver.next;
import static io.trunkline.importer.ui.WizardDriver.wizard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportWizardViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportService imports;

	@Autowired
	private PhoneNumberService numbers;

	private Org org;

	private TrunkSummary main;

	@BeforeEach
	void organizationWithATrunk() {
		this.org = this.accounts.newOrganization();
		this.main = this.fixtures.trunk(this.org, "Main", "pw");
	}

	@Test
	void one_typed_number_goes_through_trunk_agents_review_and_import_to_the_filtered_grid() {
		AgentSummary ava = this.fixtures.agent(this.org, "Ava", 1);
		this.fixtures.number(this.org, this.main, "+1 212 555 0100");
		open(this.org.adminEmail());
		assertThat(wizard().steps.current()).isEqualTo("1 Numbers");

		type(wizard().numbers.number, "(415) 555-0101");
		type(wizard().numbers.name, "Front desk");
		next();
		assertThat(wizard().steps.current()).isEqualTo("2 Trunk");
		assertThat(wizard().carrier.sipTrunk.getValue()).isEqualTo(this.main);
		next();
		assertThat(wizard().steps.current()).isEqualTo("3 Agents");
		addAgent(wizard().agents.inbound, ava);
		next();

		assertThat(wizard().steps.current()).isEqualTo("4 Review");
		assertThat(count(RowStatus.READY)).isEqualTo("1");
		assertThat(formattedRows(wizard().review.grid))
			.containsExactly("1 | (415) 555-0101 | +1 415-555-0101 | +14155550101 | Front desk | Ready | ");
		_click(wizard().review.importButton);

		ImportProgressView progress = _get(ImportProgressView.class);
		long batchId = batchIdFromAddress();
		ImportAwait.finished(this.imports, batchId);
		awaitSummary();
		assertThat(progress.progress.status.getText()).isEqualTo("Done");
		assertThat(progress.progress.rows.getText()).isEqualTo("1 of 1 rows done");
		assertThat(progress.progress.bar.getValue()).isEqualTo(1.0);
		assertThat(progress.progress.cancel.isVisible()).isFalse();
		assertThat(progress.summary.imported.getText()).isEqualTo("Imported: 1 number");
		assertThat(progress.summary.skipped.getText()).isEqualTo("Skipped: 0 rows");

		_click(progress.summary.numbers);
		_assertOne(PhoneNumberListView.class);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
			.isEqualTo("numbers?import=" + batchId);
		assertThat(gridNumbers()).containsExactly("+14155550101");
		_assertOne(Span.class, (spec) -> spec.withText("Import #" + batchId + " only"));
		PhoneNumberRow imported = this.numbers.page(NumberFilter.ofImport(batchId), PageRequest.of(0, 5)).get(0);
		assertThat(imported.displayName()).isEqualTo("Front desk");
		assertThat(this.numbers.get(imported.id()).bindings().inbound()).extracting(BindingLine::agentId)
			.containsExactly(ava.id());
	}

	@Test
	void a_pasted_list_shows_each_verdict_with_the_counts_and_the_report() {
		this.fixtures.number(this.org, this.main, "+1 212 555 0199");
		open(this.org.adminEmail());
		wizard().numbers.ways.setSelectedTab(wizard().numbers.pasteTab);
		type(wizard().numbers.pasted,
				"+1 415 555 0102\nnot a number\n\n(415) 555-0102\n+1 212 555 0199\n+1 415 555 0103\n");
		next();
		next();
		next();

		assertThat(count(RowStatus.READY)).isEqualTo("2");
		assertThat(count(RowStatus.INVALID)).isEqualTo("1");
		assertThat(count(RowStatus.DUPLICATE_IN_FILE)).isEqualTo("1");
		assertThat(count(RowStatus.ALREADY_PRESENT)).isEqualTo("1");
		assertThat(wizard().review.source.getText()).isEqualTo("Pasted list · 5 rows");
		assertThat(formattedRows(wizard().review.grid)).containsExactly(
				"1 | +1 415 555 0102 | +1 415-555-0102 | +14155550102 | +1 415-555-0102 | Ready | ",
				"2 | not a number |  |  |  | Invalid | Not a phone number",
				"4 | (415) 555-0102 | +1 415-555-0102 | +14155550102 | +1 415-555-0102 | Duplicate in this list"
						+ " | Same number as line 1",
				"5 | +1 212 555 0199 | +1 212-555-0199 | +12125550199 | +1 212-555-0199 | Already present | "
						+ PhoneNumberService.DUPLICATE,
				"6 | +1 415 555 0103 | +1 415-555-0103 | +14155550103 | +1 415-555-0103 | Ready | ");

		Grid.Column<ReviewRow> reason = wizard().review.grid.getColumnByKey("reason");
		ReviewRow present = _findAll(wizard().review.grid).get(3);
		assertThat(reason.getTooltipGenerator().apply(present)).isEqualTo(PhoneNumberService.DUPLICATE);
		assertThat(wizard().review.grid.getThemeNames()).contains("wrap-cell-content");
		assertThat(wizard().review.grid.getHeight()).isNull();

		type(wizard().review.verdict, RowStatus.INVALID);
		assertThat(formattedRows(wizard().review.grid))
			.containsExactly("2 | not a number |  |  |  | Invalid | Not a phone number");
		String report = new String(_download(wizard().review.download), StandardCharsets.UTF_8);
		assertThat(report).startsWith("line,input,normalized,international,name,verdict,reason")
			.contains("4,(415) 555-0102,+14155550102,'+1 415-555-0102,'+1 415-555-0102,Duplicate in this list,"
					+ "Same number as line 1");
	}

	@Test
	void all_or_nothing_is_refused_with_the_reason_while_a_row_is_not_ready() {
		open(this.org.adminEmail());
		wizard().numbers.ways.setSelectedTab(wizard().numbers.pasteTab);
		type(wizard().numbers.pasted, "+1 415 555 0104\nnonsense");
		next();
		next();
		next();

		type(wizard().review.mode, ImportMode.ALL_OR_NOTHING);
		_click(wizard().review.importButton);

		assertThat(wizard().review.mode.isInvalid()).isTrue();
		assertThat(wizard().review.mode.getErrorMessage())
			.isEqualTo("1 row is not ready: fix the list, or import the ready rows only");
		_assertNone(ImportProgressView.class);
		this.accounts.as(this.org.adminEmail(), () -> assertThat(this.numbers.count(NumberFilter.NONE)).isZero());
	}

	@Test
	void next_shows_what_is_wrong_at_the_field_concerned() {
		AgentSummary draft = this.fixtures.agent(this.org, "Draft", 0);
		open(this.org.adminEmail());
		next();
		assertThat(wizard().numbers.number.isInvalid()).isTrue();
		assertThat(wizard().numbers.number.getErrorMessage()).isEqualTo("Enter a phone number");
		type(wizard().numbers.number, "call me");
		next();
		assertThat(wizard().numbers.number.getErrorMessage()).isEqualTo("Not a phone number");
		assertThat(wizard().steps.current()).isEqualTo("1 Numbers");
		wizard().numbers.ways.setSelectedTab(wizard().numbers.pasteTab);
		next();
		assertThat(wizard().numbers.pasted.getErrorMessage()).isEqualTo("Paste at least one number, one a line");

		wizard().numbers.ways.setSelectedTab(wizard().numbers.typeTab);
		type(wizard().numbers.number, "+1 415 555 0105");
		next();
		type(wizard().carrier.sipTrunk, null);
		next();
		assertThat(wizard().carrier.sipTrunk.getErrorMessage())
			.isEqualTo("Choose the SIP trunk that carries these numbers, or add one");
		type(wizard().carrier.sipTrunk, this.main);
		next();
		addAgent(wizard().agents.outbound, draft);
		next();
		assertThat(wizard().steps.current()).isEqualTo("3 Agents");
		assertThat(_get(wizard().agents.outbound, Span.class, (spec) -> spec.withClasses("field-error")).getText())
			.contains("no published version");
	}

	@Test
	void an_agent_manager_imports_too_but_cannot_add_a_trunk() {
		open(this.accounts.addUser(this.org, Role.AGENT_MANAGER));
		type(wizard().numbers.number, "+1 415 555 0106");
		next();
		assertThat(wizard().carrier.newTrunk.isVisible()).isFalse();
		next();
		next();
		assertThat(count(RowStatus.READY)).isEqualTo("1");
	}

	@Test
	void a_viewer_is_denied_the_wizard_and_the_progress_page() {
		signIn(this.accounts.addUser(this.org, Role.VIEWER));
		assertThatThrownBy(() -> UI.getCurrent().navigate(ImportWizardView.class)).hasMessageContaining("denied");
		assertThatThrownBy(() -> UI.getCurrent().navigate(ImportProgressView.class, 1L)).hasMessageContaining("denied");
		_assertNone(ImportWizardView.class);
		_assertNone(ImportProgressView.class);
	}

	@Test
	void a_large_dry_run_shows_the_rows_checked_and_disables_review_meanwhile() {
		open(this.org.adminEmail());
		UI.getCurrent().setLocale(java.util.Locale.GERMANY);
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < ImportWizardView.BACKGROUND_FROM + 500; i++) {
			list.append("tel:+1-415-").append(200 + (i / 10_000)).append('-').append(1000 + (i % 9000)).append('\n');
		}
		wizard().numbers.ways.setSelectedTab(wizard().numbers.pasteTab);
		type(wizard().numbers.pasted, list.toString());
		next();
		assertThat(wizard().carrier.hint.getText())
			.isEqualTo("Every number of the list is carried by the trunk you choose here.");
		next();
		assertThat(wizard().agents.hint.getText()).doesNotContain("column");
		next();
		assertThat(wizard().next.isEnabled()).isFalse();
		assertThat(wizard().back.isEnabled()).isFalse();
		assertThat(wizard().checking.isVisible()).isTrue();
		assertThat(wizard().checking.text.getText()).startsWith("Checking rows: ").endsWith(" of 2.500 checked");
		WizardDriver.roundtripsUntil("the review of the dry run", java.time.Duration.ofSeconds(60),
				wizard().review::isVisible);
		assertThat(wizard().checking.isVisible()).isFalse();
		assertThat(wizard().back.isEnabled()).isTrue();
		assertThat(wizard().review.source.getText()).isEqualTo("Pasted list · 2.500 rows");
		assertThat(count(RowStatus.READY)).isEqualTo("2.500");
	}

	@Test
	void a_typed_tel_link_is_read_and_the_texts_speak_of_one_number_in_the_region() {
		open(this.org.adminEmail());
		assertThat(wizard().numbers.number.getHelperText())
			.isEqualTo("Any format, also a tel: link; without a country code it is read as a United States number");
		type(wizard().numbers.number, "tel:+1-415-555-0177;ext=12");
		next();
		assertThat(wizard().carrier.hint.getText()).isEqualTo("The number is carried by the trunk you choose here.");
		next();
		assertThat(wizard().agents.hint.getText()).doesNotContain("column")
			.isEqualTo("There are no agents yet: the number is imported unbound.");
		next();
		assertThat(formattedRows(wizard().review.grid)).containsExactly(
				"1 | tel:+1-415-555-0177;ext=12 | +1 415-555-0177 | +14155550177 | +1 415-555-0177 | Ready | ");
		assertThat(wizard().next.isEnabled()).isTrue();
	}

	private void open(String email) {
		signIn(email);
		UI.getCurrent().navigate(ImportWizardView.class);
	}

	private static String count(RowStatus status) {
		return wizard().review.counts.get(status).getText();
	}

	@SuppressWarnings("unchecked")
	private static List<String> gridNumbers() {
		Grid<PhoneNumberRow> grid = _get(_get(PhoneNumberListView.class), Grid.class);
		return _findAll(grid).stream().map(PhoneNumberRow::number).toList();
	}

}
