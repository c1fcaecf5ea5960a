package io.trunkline.phonenumber;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.trunkline.agent.AgentSummary;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link NumberImport#insertNew}, the same on every database (COPY on
 * PostgreSQL, the batch insert on H2): run by {@code InsertNewTest} and
 * {@code InsertNewPostgresIT}.
 */
final class InsertNewCases {

	/**
	 * Text that CSV must quote, and the end-of-data marker of COPY on a line of its own.
	 */
	static final String AWKWARD = "Front, \"Desk\"\nÜber 東京 ☎ \\.\r\n\\.\ttab";

	private final NumberImport numberImport;

	private final NumberContexts contexts;

	private final TestAccounts accounts;

	private final NumberFixtures fixtures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	InsertNewCases(NumberImport numberImport, NumberContexts contexts, TestAccounts accounts, NumberFixtures fixtures,
			JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.numberImport = numberImport;
		this.contexts = contexts;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	void fresh_numbers_are_stored_with_their_agents_as_the_batch_insert_stores_them() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 2);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand full = NumberFixtures.command(trunk, "+1 415 555 0301");
		full.setActive(false);
		full.setSupportsOutbound(false);
		full.setInboundWebhookUrl("https://hooks.example.com/in?a=1,b=2");
		full.setAllowedInboundCountries(Set.of("US", "CA"));
		full.setAllowedOutboundCountries(Set.of("DE"));
		full.setFallbackNumber("+1 415 555 0399");
		full.setTestCallDestination("+1 415 555 0398");
		full.setInboundPin("4711");
		full.setInboundRoomPattern("support-*");
		full.setInboundAgents(List.of(new BindingLine(ava.id(), "2", 6000), new BindingLine(ben.id(), "latest", 4000)));
		PhoneNumberCommand outbound = NumberFixtures.command(trunk, "+1 415 555 0302");
		outbound.setOutboundAgents(List.of(new BindingLine(ben.id(), "1", 10_000)));
		List<NumberDraft> drafts = List.of(named(draft(full), AWKWARD, AWKWARD), draft(outbound),
				named(draft(NumberFixtures.command(trunk, "+1 415 555 0303")), "Plain", ""),
				draft(NumberFixtures.command(trunk, "+1 415 555 0304")));

		long viaBatch = batch(org);
		inTransaction(() -> {
			this.numberImport.insert(viaBatch, drafts);
			return null;
		});
		Map<String, Stored> batchRows = storedOf(viaBatch);
		this.jdbc.update("delete from phone_number where import_batch_id = ?", viaBatch);
		long viaInsertNew = batch(org);
		assertThat(inTransaction(() -> this.numberImport.insertNew(viaInsertNew, drafts)))
			.isEqualTo(idsOf(viaInsertNew))
			.hasSize(4);

		Map<String, Stored> rows = storedOf(viaInsertNew);
		assertThat(rows).hasSize(4).isEqualTo(batchRows);
		Map<String, Object> awkward = rows.get("+14155550301").row();
		assertThat(awkward).containsEntry("display_name", AWKWARD)
			.containsEntry("description", AWKWARD)
			.containsEntry("bindings_changed_at", "at creation")
			.containsEntry("inbound_webhook_url", "https://hooks.example.com/in?a=1,b=2");
		assertThat(rows.get("+14155550301").bindings()).hasSize(2);
		assertThat(rows.get("+14155550303").row()).containsEntry("description", "")
			.containsEntry("bindings_changed_at", "never");
		assertThat(rows.get("+14155550304").row()).containsEntry("description", null);
	}

	void numbers_already_present_are_left_as_they_were_and_the_others_returned_with_their_ids() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.fixtures.number(org, trunk, "+1 415 555 0401");
		this.fixtures.number(org, trunk, "+1 415 555 0403");
		this.accounts.signIn(org.adminEmail());
		List<NumberDraft> drafts = List.of("0400", "0401", "0402", "0403", "0404")
			.stream()
			.map((last) -> named(draft(NumberFixtures.command(trunk, "+1 415 555 " + last)), "Imported", null))
			.toList();
		long batchId = batch(org);

		assertThat(inTransaction(() -> this.numberImport.insertNew(batchId, drafts))).isEqualTo(idsOf(batchId))
			.containsOnlyKeys("+14155550400", "+14155550402", "+14155550404");
		assertThat(storedOf(batchId)).containsOnlyKeys("+14155550400", "+14155550402", "+14155550404");
		assertThat(this.jdbc.queryForList("select display_name from phone_number where organization_id = ?"
				+ " and import_batch_id is null order by number", String.class, org.id()))
			.containsExactly("+1 415-555-0401", "+1 415-555-0403");
	}

	void a_number_twice_in_one_chunk_is_stored_once_as_its_first_row_says() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		List<NumberDraft> drafts = List.of(
				named(draft(NumberFixtures.command(trunk, "+1 415 555 0502")), "Second", null),
				named(draft(NumberFixtures.command(trunk, "+1 415 555 0501")), "First", null),
				named(draft(NumberFixtures.command(trunk, "(415) 555-0502")), "Again", null));
		long batchId = batch(org);

		assertThat(inTransaction(() -> this.numberImport.insertNew(batchId, drafts))).isEqualTo(idsOf(batchId))
			.hasSize(2);
		Map<String, Stored> rows = storedOf(batchId);
		assertThat(rows).containsOnlyKeys("+14155550501", "+14155550502");
		assertThat(rows.get("+14155550502").row()).containsEntry("display_name", "Second");
	}

	void a_failure_rolls_back_with_the_callers_transaction() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		this.accounts.signIn(org.adminEmail());
		NumberDraft first = draft(NumberFixtures.command(trunk, "+1 415 555 0601"));
		PhoneNumberCommand bound = NumberFixtures.command(trunk, "+1 415 555 0602");
		bound.setInboundAgents(List.of(new BindingLine(ava.id(), "latest", 10_000)));
		// an agent deleted after the check: the number row is written, its binding
		// refused
		NumberDraft gone = draft(bound).withBindings(
				new NumberBindings(List.of(new BindingLine(ava.id() + 1_000_000, "latest", 10_000)), List.of()));
		long batchId = batch(org);

		assertThatThrownBy(() -> inTransaction(() -> {
			this.numberImport.insertNew(batchId, List.of(first));
			return this.numberImport.insertNew(batchId,
					List.of(draft(NumberFixtures.command(trunk, "+1 415 555 0603")), gone));
		})).isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				org.id()))
			.isZero();
		assertThat(inTransaction(() -> this.numberImport.insertNew(batchId, List.of(first))))
			.containsOnlyKeys("+14155550601");
		assertThat(storedOf(batchId)).containsOnlyKeys("+14155550601");
	}

	void another_organizations_number_does_not_conflict() {
		Org other = this.accounts.newOrganization();
		TrunkSummary otherTrunk = this.fixtures.trunk(other, "Theirs", "pw");
		long theirs = this.fixtures.number(other, otherTrunk, "+1 415 555 0701").id();
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		long batchId = batch(org);

		assertThat(inTransaction(() -> this.numberImport.insertNew(batchId,
				List.of(named(draft(NumberFixtures.command(trunk, "+1 415 555 0701")), "Ours", null)))))
			.isEqualTo(idsOf(batchId))
			.containsOnlyKeys("+14155550701");
		assertThat(storedOf(batchId).get("+14155550701").row()).containsEntry("display_name", "Ours")
			.containsEntry("organization_id", org.id());
		assertThat(this.jdbc
			.queryForMap("select organization_id, display_name, import_batch_id from phone_number" + " where id = ?",
					theirs)
			.values()).containsExactly(other.id(), "+1 415-555-0701", null);
	}

	private NumberDraft draft(PhoneNumberCommand command) {
		return NumberChecker.check(command, this.contexts.whole()).orThrow();
	}

	private static NumberDraft named(NumberDraft d, String name, String description) {
		return new NumberDraft(d.number(), name, name.toLowerCase(Locale.ROOT), description, d.active(), d.provider(),
				d.sipTrunkId(), d.twilioIntegrationId(), d.supportsInbound(), d.supportsOutbound(),
				d.inboundWebhookUrl(), d.allowedInboundCountries(), d.allowedOutboundCountries(), d.fallbackNumber(),
				d.testCallDestination(), d.inboundPin(), d.inboundRoomPattern(), d.bindings());
	}

	private <T> T inTransaction(Supplier<T> action) {
		return this.transactions.execute((tx) -> action.get());
	}

	private long batch(Org org) {
		long batchId = this.jdbc.queryForObject("select nextval('import_batch_seq')", Long.class);
		this.jdbc.update("insert into import_batch (id, version, organization_id, started_by_email, source_name, mode,"
				+ " status, total_rows, imported_rows, skipped_rows, started_at) values (?, 0, ?, ?, 'x', 'READY_ROWS',"
				+ " 'RUNNING', 1, 0, 0, current_timestamp)", batchId, org.id(), org.adminEmail());
		return batchId;
	}

	/** The ids of the batch's numbers, by number. */
	private Map<String, Long> idsOf(long batchId) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query("select number, id from phone_number where import_batch_id = ?", (java.sql.ResultSet row) -> {
			ids.put(row.getString(1), row.getLong(2));
		}, batchId);
		return ids;
	}

	/** The batch's rows by number: every column but the id and the batch. */
	private Map<String, Stored> storedOf(long batchId) {
		Map<String, Stored> stored = new HashMap<>();
		for (Map<String, Object> read : this.jdbc.queryForList("select * from phone_number where import_batch_id = ?",
				batchId)) {
			Map<String, Object> row = new HashMap<>();
			read.forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
			Object id = row.remove("id");
			row.remove("import_batch_id");
			Object created = row.remove("created_at");
			assertThat(row.remove("updated_at")).isEqualTo(created);
			Object changed = row.get("bindings_changed_at");
			row.put("bindings_changed_at",
					(changed == null) ? "never" : changed.equals(created) ? "at creation" : changed);
			List<Map<String, Object>> bindings = this.jdbc.queryForList("select organization_id, direction, agent_id,"
					+ " version_ref, weight_bp, position from number_binding where phone_number_id = ?"
					+ " order by direction, position", id);
			stored.put((String) row.get("number"), new Stored(row, bindings));
		}
		return stored;
	}

	private record Stored(Map<String, Object> row, List<Map<String, Object>> bindings) {
	}

}
