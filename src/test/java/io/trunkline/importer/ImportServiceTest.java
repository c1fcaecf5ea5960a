package io.trunkline.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.Provider;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@TrunklineTest
class ImportServiceTest {

	private static final String CSV = """
			phone_number;nickname;description;inbound_agent;trunk
			(415) 555-2671;Front desk;Main line;;
			+1 415 555 2672;;;Ben;
			not a number;Broken;;;
			415-555-2671;Again;;;
			+1 415 555 2673;;;;Backup
			+1 415 555 2674;;;Nobody;
			""";

	@Autowired
	private ImportService imports;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_dry_run_gives_every_row_its_verdict_and_stores_nothing() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.fixtures.trunk(org, "Backup", "pw");
		this.fixtures.agent(org, "Ben", 1);
		this.fixtures.number(org, main, "+1 415 555 2673");
		this.accounts.signIn(org.adminEmail());

		ImportPlan plan = plan(CSV, ImportSettings.sipTrunk(main.id()));

		assertThat(plan.rows(null, 0, 10)).extracting(ReviewRow::line, ReviewRow::status, ReviewRow::reason)
			.containsExactly(tuple(2, RowStatus.READY, ""), tuple(3, RowStatus.READY, ""),
					tuple(4, RowStatus.INVALID, "Not a phone number"),
					tuple(5, RowStatus.DUPLICATE_IN_FILE, "Same number as line 2"),
					tuple(6, RowStatus.ALREADY_PRESENT, PhoneNumberService.DUPLICATE),
					tuple(7, RowStatus.INVALID, "No agent is named “Nobody”"));
		ReviewRow first = plan.rows(null, 0, 1).get(0);
		assertThat(first.normalized()).isEqualTo("+14155552671");
		assertThat(first.international()).isEqualTo("+1 415-555-2671");
		assertThat(first.name()).isEqualTo("Front desk");
		assertThat(plan.counts().of(RowStatus.READY)).isEqualTo(2);
		assertThat(this.numbers.count(NumberFilter.NONE)).isEqualTo(1);
	}

	@Test
	void ready_rows_are_imported_with_their_trunk_agents_and_batch_and_a_rerun_imports_nothing() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		TrunkSummary backup = this.fixtures.trunk(org, "Backup", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		this.accounts.signIn(org.adminEmail());
		String csv = "number,name,inbound agent,trunk\n+14155550001,One,,\n+14155550002,Two,Ben,Backup\n";
		ImportSettings settings = new ImportSettings(Provider.SIP, main.id(), null,
				List.of(new BindingLine(ava.id(), "latest", 10_000)), List.of());

		ImportProgress started = this.imports.start(plan(csv, settings), ImportMode.READY_ROWS);
		ImportProgress done = ImportAwait.finished(this.imports, started.batchId());

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.imported()).isEqualTo(2);
		var rows = this.numbers.page(NumberFilter.ofImport(started.batchId()), PageRequest.of(0, 10));
		assertThat(rows).extracting((row) -> row.number()).containsExactlyInAnyOrder("+14155550001", "+14155550002");
		long two = rows.stream().filter((row) -> row.number().endsWith("2")).findFirst().orElseThrow().id();
		long one = rows.stream().filter((row) -> row.number().endsWith("1")).findFirst().orElseThrow().id();
		assertThat(this.numbers.get(one).bindings().inbound()).extracting(BindingLine::agentId)
			.containsExactly(ava.id());
		assertThat(this.numbers.get(one).sipTrunkId()).isEqualTo(main.id());
		assertThat(this.numbers.get(two).bindings().inbound()).extracting(BindingLine::agentId)
			.containsExactly(ben.id());
		assertThat(this.numbers.get(two).sipTrunkId()).isEqualTo(backup.id());

		ImportPlan again = plan(csv, settings);
		assertThat(again.counts().of(RowStatus.ALREADY_PRESENT)).isEqualTo(2);
		assertThat(again.counts().of(RowStatus.READY)).isZero();
		assertThatThrownBy(() -> this.imports.start(again, ImportMode.READY_ROWS)).isInstanceOf(FieldException.class)
			.hasMessage("No row is ready to import");
	}

	@Test
	void bad_rows_get_a_clear_verdict_not_an_error() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		String csv = "number,name,description,trunk\n" + "=cmd|' /C calc'!A0,x,,\n" + "+14155550901,"
				+ "n".repeat(10_000) + ",,\n" + "+14155550902,,Long " + "d".repeat(300) + ",\n"
				+ "+14155550903,,,Nowhere\n" + "+1415555090,,,\n" + "+14155550904,=HYPERLINK(\"http://x\"),,\n";

		ImportPlan plan = plan(csv, ImportSettings.sipTrunk(main.id()));

		assertThat(plan.rows(null, 0, 10)).extracting(ReviewRow::status, ReviewRow::reason)
			.containsExactly(tuple(RowStatus.INVALID, "Not a phone number"),
					tuple(RowStatus.INVALID, "The name is longer than 128 characters"),
					tuple(RowStatus.INVALID, "The description is longer than 255 characters"),
					tuple(RowStatus.INVALID, "No SIP trunk or Twilio integration is named “Nowhere”"),
					tuple(RowStatus.INVALID, "Too short"), tuple(RowStatus.READY, ""));
		assertThat(plan.rows(RowStatus.READY, 0, 1).get(0).name()).isEqualTo("=HYPERLINK(\"http://x\")");
	}

	@Test
	void the_report_neutralizes_formulas_from_the_input() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = plan("number,name\n=1+2,x\n+14155550951,@SUM(A1)\n", ImportSettings.sipTrunk(main.id()));

		java.io.StringWriter out = new java.io.StringWriter();
		ImportReport.write(plan, out);

		assertThat(out.toString()).contains("'=1+2", "'@SUM(A1)").doesNotContain(",=1+2", ",@SUM");
	}

	@Test
	void a_number_created_after_an_import_gets_a_fresh_id() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportProgress started = this.imports.start(
				plan("number\n+14155550101\n+14155550102\n", ImportSettings.sipTrunk(main.id())),
				ImportMode.READY_ROWS);
		ImportAwait.finished(this.imports, started.batchId());

		this.numbers.create(NumberFixtures.command(main, "+14155550103"));
		this.numbers.create(NumberFixtures.command(main, "+14155550104"));

		assertThat(this.numbers.count(NumberFilter.NONE)).isEqualTo(4);
	}

	@Test
	void all_or_nothing_is_refused_while_a_row_is_not_ready() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = plan("number\n+14155550201\nnonsense\n", ImportSettings.sipTrunk(main.id()));

		assertThatThrownBy(() -> this.imports.start(plan, ImportMode.ALL_OR_NOTHING)).isInstanceOf(FieldException.class)
			.hasMessage("1 row is not ready: fix the list, or import the ready rows only");
		assertThat(this.numbers.count(NumberFilter.NONE)).isZero();
	}

	@Test
	void a_plan_is_imported_once() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = plan("number\n+14155550301\n", ImportSettings.sipTrunk(main.id()));
		ImportAwait.finished(this.imports, this.imports.start(plan, ImportMode.ALL_OR_NOTHING).batchId());

		assertThatThrownBy(() -> this.imports.start(plan, ImportMode.READY_ROWS)).isInstanceOf(FieldException.class)
			.hasMessageContaining("imported already");
	}

	@Test
	void the_wizard_level_trunk_and_agents_are_checked_at_their_fields_all_at_once() {
		Org org = this.accounts.newOrganization();
		Org other = this.accounts.newOrganization();
		TrunkSummary foreign = this.fixtures.trunk(other, "Theirs", "pw");
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary draft = this.fixtures.agent(org, "Draft", 0);
		this.accounts.signIn(org.adminEmail());
		List<ImportRow> rows = List.of(ImportRow.ofNumber(1, "+14155550401"));

		assertThatThrownBy(() -> this.imports.plan("x", rows, ImportSettings.sipTrunk(foreign.id())))
			.isInstanceOfSatisfying(FieldException.class,
					(ex) -> assertThat(ex.getErrors()).extracting(FieldError::field, FieldError::code)
						.containsExactly(tuple("sipTrunkId", "sip_trunk_not_found")));
		ImportSettings unpublished = new ImportSettings(Provider.SIP, main.id(), null, List.of(),
				List.of(new BindingLine(draft.id(), "latest", 10_000)));
		assertThatThrownBy(() -> this.imports.plan("x", rows, unpublished)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(FieldError::field, FieldError::code)
					.containsExactly(tuple("outbound", "agent_unpublished")));
		ImportSettings both = new ImportSettings(Provider.SIP, foreign.id(), null,
				List.of(new BindingLine(draft.id(), "latest", 10_000)), List.of(new BindingLine(-1, "latest", 10_000)));
		assertThatThrownBy(() -> this.imports.plan("x", rows, both)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(FieldError::field, FieldError::code)
					.containsExactly(tuple("sipTrunkId", "sip_trunk_not_found"), tuple("inbound", "agent_unpublished"),
							tuple("outbound", "agent_not_found")));
	}

	@Test
	void another_organization_cannot_follow_cancel_or_read_an_import() {
		Org org = this.accounts.newOrganization();
		Org other = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = plan("number\n+14155550501\n", ImportSettings.sipTrunk(main.id()));
		long batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();
		ImportAwait.finished(this.imports, batchId);

		this.accounts.signIn(other.adminEmail());
		assertThatThrownBy(() -> this.imports.progress(batchId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.cancel(batchId)).isInstanceOf(NotFoundException.class);
		assertThat(this.imports.report(batchId)).isEmpty();
		assertThatThrownBy(() -> this.imports.start(plan, ImportMode.READY_ROWS)).isInstanceOf(NotFoundException.class);
		assertThat(this.numbers.count(NumberFilter.NONE)).isZero();
	}

	@Test
	void a_viewer_cannot_import() {
		Org org = this.accounts.newOrganization();
		String viewer = this.accounts.addUser(org, Role.VIEWER);
		this.accounts.signIn(viewer);

		assertThatThrownBy(() -> this.imports.readCsv("a.csv", "number\n1\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.imports.plan("x", List.of(ImportRow.ofNumber(1, "+14155550601")),
				ImportSettings.sipTrunk(1L)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void an_agent_manager_can_import() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(this.accounts.addUser(org, Role.AGENT_MANAGER));

		ImportPlan plan = plan("number\n+14155550701\n", ImportSettings.sipTrunk(main.id()));
		ImportProgress done = ImportAwait.finished(this.imports,
				this.imports.start(plan, ImportMode.READY_ROWS).batchId());

		assertThat(done.imported()).isEqualTo(1);
	}

	private ImportPlan plan(String csv, ImportSettings settings) {
		CsvSource source = this.imports.readCsv("numbers.csv", csv.getBytes(StandardCharsets.UTF_8));
		return this.imports.plan(source.fileName(), source.rows(source.suggestedMapping()), settings);
	}

}
