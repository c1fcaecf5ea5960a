package io.trunkline.api.compat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.Provider;
import io.trunkline.phonenumber.ui.PhoneNumberEditView;
import io.trunkline.phonenumber.ui.PhoneNumberListView;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A number imported through the SigmaMind or Dasha endpoint reads in the console exactly
 * as its twin imported by the wizard's service on the same trunk with the same agents:
 * the same grid columns but number, name and times, and the same form to edit it.
 */
@Import(CompatAgents.class)
class CompatWizardParityTest extends KaribuTest {

	@Autowired
	private SigmaMindController sigmaMind;

	@Autowired
	private DashaController dasha;

	@Autowired
	private SmallestController smallest;

	@Autowired
	private LiveKitController liveKit;

	@Autowired
	private CompatAgents agents;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportService imports;

	@Autowired
	private PhoneNumberService numbers;

	@Test
	void a_number_imported_the_sigmamind_way_reads_and_edits_like_a_wizard_import() {
		Org org = this.accounts.newOrganization();
		AgentSummary agent = this.agents.agent(org, SigmaMindCompatIT.AGENT);
		signIn(org.adminEmail());
		this.sigmaMind.importNumber(CompatResources.read("sigmamind/import-phone-number.json"));
		PhoneNumberDetails imported = byNumber("+14155552671");
		BindingLine whole = new BindingLine(agent.id(), "latest", 10_000);
		wizardImport("+14155552672",
				new ImportSettings(Provider.SIP, imported.sipTrunkId(), null, List.of(whole), List.of(whole)));

		assertThat(row("+14155552671")).containsExactly("+1 415-555-2671", "BYO - Main Office Line");
		assertThat(columnsBeyondNumberAndName("+14155552671")).isEqualTo(columnsBeyondNumberAndName("+14155552672"))
			.contains("Agent " + SigmaMindCompatIT.AGENT);

		editName(imported.id(), "BYO - Main Office Line", "Main office, moved");
		PhoneNumberDetails saved = this.numbers.get(imported.id());
		assertThat(saved.displayName()).isEqualTo("Main office, moved");
		assertThat(saved.bindings().inbound()).extracting(BindingLine::agentId, BindingLine::weightBp)
			.containsExactly(tuple(agent.id(), 10_000));
		assertThat(saved.bindings().outbound()).hasSize(1);
		assertThat(saved.testCallDestination()).isEqualTo("+14155552671");
		assertThat(saved.bindings()).isEqualTo(byNumber("+14155552672").bindings());
	}

	@Test
	void a_number_created_the_dasha_way_reads_and_edits_like_a_wizard_import() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Dasha credentials", "pw");
		signIn(org.adminEmail());
		this.dasha.createPhoneNumber(CompatResources.read("dasha/create-phone-number.json")
			.replace("<string>", "+14155550500")
			.replace(DashaCompatIT.PAGE_CREDENTIALS, CompatIds.uuid(trunk.id()))
			.replace("\"displayName\": null", "\"displayName\": \"Caller ID\""));
		wizardImport("+14155550501", ImportSettings.sipTrunk(trunk.id()));

		assertThat(row("+14155550500")).containsExactly("+1 415-555-0500", "Caller ID");
		assertThat(columnsBeyondNumberAndName("+14155550500")).isEqualTo(columnsBeyondNumberAndName("+14155550501"))
			.contains("Dasha credentials");

		PhoneNumberDetails imported = byNumber("+14155550500");
		editName(imported.id(), "Caller ID", "Caller ID, moved");
		PhoneNumberDetails saved = this.numbers.get(imported.id());
		assertThat(saved.displayName()).isEqualTo("Caller ID, moved");
		assertThat(saved.sipTrunkId()).isEqualTo(trunk.id());
	}

	@Test
	void numbers_imported_the_smallest_and_the_livekit_way_read_like_wizard_imports() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		this.smallest.importNumber(CompatResources.read("smallest/import-request.json"));
		this.liveKit.importNumber(String.valueOf(org.id()), CompatResources.read("livekit/import-sip.json"));
		PhoneNumberDetails smallestNumber = byNumber("+14155551234");
		PhoneNumberDetails liveKitNumber = byNumber("+15559876543");
		wizardImport("+14155551235", ImportSettings.sipTrunk(smallestNumber.sipTrunkId()));
		wizardImport("+14155551236", ImportSettings.sipTrunk(liveKitNumber.sipTrunkId()));

		assertThat(row("+14155551234")).containsExactly("+1 415-555-1234", "Main Support Line");
		assertThat(columnsBeyondNumberAndName("+14155551234")).isEqualTo(columnsBeyondNumberAndName("+14155551235"));
		assertThat(columnsBeyondNumberAndName("+15559876543")).isEqualTo(columnsBeyondNumberAndName("+14155551236"))
			.contains("my-trunk");

		editName(smallestNumber.id(), "Main Support Line", "Support, moved");
		assertThat(this.numbers.get(smallestNumber.id()).displayName()).isEqualTo("Support, moved");
	}

	/** What the wizard does on Import: plan the rows with its settings, start, wait. */
	private void wizardImport(String number, ImportSettings settings) {
		long batchId = this.imports
			.start(this.imports.plan("Typed number", List.of(new ImportRow(1, number, null, null, null, null, null)),
					settings), ImportMode.READY_ROWS)
			.batchId();
		ImportAwait.finished(this.imports, batchId);
	}

	private void editName(long id, String shown, String typed) {
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(id));
		TextField name = _get(TextField.class, (spec) -> spec.withLabel("Display name"));
		assertThat(name.getValue()).isEqualTo(shown);
		type(name, typed);
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
	}

	/** The grid row's number and name columns. */
	private List<String> row(String number) {
		return formatted(number).subList(0, 2);
	}

	/**
	 * Every column the grid shows by default but the number and the name: provider and
	 * trunk, agents, status, active.
	 */
	private List<String> columnsBeyondNumberAndName(String number) {
		List<String> row = formatted(number);
		// a cell with a badge renders its text and the (empty) badge's
		return row.subList(2, row.size()).stream().map(String::strip).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> formatted(String number) {
		UI.getCurrent().navigate(PhoneNumberListView.class);
		Grid<PhoneNumberRow> grid = _get(Grid.class);
		List<PhoneNumberRow> rows = _findAll(grid);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).number().equals(number)) {
				return _getFormattedRow(grid, i);
			}
		}
		throw new AssertionError("No grid row for " + number + " among " + rows.size());
	}

	private PhoneNumberDetails byNumber(String number) {
		return this.numbers.get(this.numbers.pageAfter(new NumberFilter(number, null, null, null, null, null), 0, 10)
			.stream()
			.filter((row) -> row.number().equals(number))
			.findFirst()
			.orElseThrow()
			.id());
	}

}
