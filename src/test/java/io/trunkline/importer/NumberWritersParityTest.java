package io.trunkline.importer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContexts;
import io.trunkline.phonenumber.NumberDraft;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same input through the form's writer ({@code create()}) and through the import's
 * batch writer stores the same row and the same agents: every column but the id, the
 * timestamps and the import batch (of the time the agents changed, only whether it is
 * set).
 */
@TrunklineTest
class NumberWritersParityTest {

	private static final Set<String> OWN = Set.of("ID", "CREATED_AT", "UPDATED_AT", "IMPORT_BATCH_ID");

	@Autowired
	private ImportService imports;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private NumberImport numberImport;

	@Autowired
	private NumberContexts contexts;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_csv_row_is_stored_as_the_form_stores_the_same_input() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = NumberFixtures.command(main, "(415) 555-0300");
		command.setDisplayName("Front Desk");
		command.setDescription("Main line");
		command.setInboundAgents(List.of(new BindingLine(ava.id(), "latest", 10_000)));
		Stored viaForm = storedAndDeleted(this.numbers.create(command).id());

		String csv = "number,name,description,inbound agent\n(415) 555-0300,Front Desk,Main line,Ava\n";
		CsvSource source = this.imports.readCsv("parity.csv", csv.getBytes(StandardCharsets.UTF_8));
		ImportPlan plan = this.imports.plan(source.fileName(), source.rows(source.suggestedMapping()),
				ImportSettings.sipTrunk(main.id()));
		long batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();
		assertThat(ImportAwait.finished(this.imports, batchId).imported()).isEqualTo(1);
		long imported = this.numbers.page(NumberFilter.ofImport(batchId), PageRequest.of(0, 1)).get(0).id();

		assertThat(stored(imported)).isEqualTo(viaForm);
	}

	@Test
	void every_column_of_a_draft_is_stored_alike_by_the_jpa_and_the_batch_writer() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 2);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = everyField(main, ava, ben);
		Stored viaForm = storedAndDeleted(this.numbers.create(command).id());

		long batchId = this.jdbc.queryForObject("select nextval('import_batch_seq')", Long.class);
		this.jdbc.update("insert into import_batch (id, version, organization_id, started_by_email, source_name, mode,"
				+ " status, total_rows, imported_rows, skipped_rows, started_at) values (?, 0, ?, ?, 'x', 'READY_ROWS',"
				+ " 'DONE', 1, 1, 0, current_timestamp)", batchId, org.id(), org.adminEmail());
		NumberDraft draft = NumberChecker.check(command, this.contexts.whole()).orThrow();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((tx) -> this.numberImport.insert(batchId, List.of(draft)));
		long imported = this.jdbc.queryForObject("select id from phone_number where import_batch_id = ?", Long.class,
				batchId);

		assertThat(stored(imported)).isEqualTo(viaForm);
		assertThat(viaForm.row()).containsEntry("ACTIVE", false)
			.containsEntry("SUPPORTS_OUTBOUND", false)
			.containsEntry("INBOUND_PIN", "4711")
			.containsEntry("ALLOWED_INBOUND_COUNTRIES", "CA,US");
	}

	private static PhoneNumberCommand everyField(TrunkSummary trunk, AgentSummary ava, AgentSummary ben) {
		PhoneNumberCommand command = NumberFixtures.command(trunk, "+1 415 555 0301");
		command.setDisplayName("Support");
		command.setDescription("Second line");
		command.setActive(false);
		command.setSupportsOutbound(false);
		command.setInboundWebhookUrl("https://hooks.example.com/in");
		command.setAllowedInboundCountries(Set.of("US", "CA"));
		command.setAllowedOutboundCountries(Set.of("DE"));
		command.setFallbackNumber("+1 415 555 0399");
		command.setTestCallDestination("+1 415 555 0398");
		command.setInboundPin("4711");
		command.setInboundRoomPattern("support-*");
		command
			.setInboundAgents(List.of(new BindingLine(ava.id(), "2", 6000), new BindingLine(ben.id(), "latest", 4000)));
		return command;
	}

	private Stored storedAndDeleted(long id) {
		Stored stored = stored(id);
		assertThat(this.numbers.delete(List.of(id))).isEqualTo(1);
		return stored;
	}

	private Stored stored(long id) {
		Map<String, Object> row = new HashMap<>(this.jdbc.queryForMap("select * from phone_number where id = ?", id));
		row.keySet().removeIf((column) -> OWN.contains(column.toUpperCase()));
		// A time of its own, like updated_at; both writers must set it when there are
		// agents.
		row.replaceAll((column, value) -> column.equalsIgnoreCase("bindings_changed_at")
				? ((value != null) ? "set" : "not set") : value);
		List<Map<String, Object>> bindings = this.jdbc.queryForList("select direction, agent_id, version_ref,"
				+ " weight_bp, position from number_binding where phone_number_id = ? order by direction, position",
				id);
		return new Stored(row, bindings);
	}

	private record Stored(Map<String, Object> row, List<Map<String, Object>> bindings) {
	}

}
