package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;

import io.trunkline.PostgresTestBase;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's text search on PostgreSQL: the same answers as on H2, and the trigram
 * indexes of V22 serve its predicates (so a keystroke does not read every number).
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class TextSearchPostgresIT extends PostgresTestBase {

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void digits_names_and_pseudo_numbers_are_found_anywhere_in_them() {
		Org org = this.accounts.newOrganization();
		Org other = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "secret-1");
		this.fixtures.manyNumbers(org, trunk, 300, false);
		this.fixtures.manyNumbers(other, this.fixtures.trunk(other, "Other", "secret-2"), 300, false);
		this.jdbc.update("insert into phone_number (id, version, organization_id, number, pseudo, region, line_type, "
				+ "display_name, search_name, provider, sip_trunk_id, active, supports_inbound, supports_outbound, "
				+ "created_at, updated_at) values (?, 0, ?, 'Agent-Desk-7', true, null, 'PSEUDO', 'Desk', 'desk', "
				+ "'SIP', ?, true, true, false, current_timestamp, current_timestamp)", 990_000_000L + org.id(),
				org.id(), trunk.id());

		this.accounts.as(org.adminEmail(), () -> {
			// "line 12" in the name, or its digits anywhere in the number (+1646000 0112)
			assertThat(texts("line 12")).containsExactlyInAnyOrder("Line 12", "Line 112", "Line 120", "Line 121",
					"Line 122", "Line 123", "Line 124", "Line 125", "Line 126", "Line 127", "Line 128", "Line 129",
					"Line 212");
			assertThat(this.numbers.count(filter("line 12"))).isEqualTo(13);
			// +1646000 0025 and 0250 .. 0259; the other organization's are not counted
			assertThat(this.numbers.count(filter("000025"))).isEqualTo(11);
			assertThat(texts("+16460000299")).containsExactly("Line 299");
			// a pseudo number keeps its case and is found in any case
			assertThat(texts("agent-desk")).containsExactly("Desk");
			assertThat(texts("AGENT-DESK")).containsExactly("Desk");
			assertThat(texts("nobody")).isEmpty();
		});
	}

	@Test
	void the_trigram_indexes_serve_the_search_predicates() {
		assertThat(plan("lower(number) like '%0012%'")).contains("ix_phone_number_number_trgm");
		assertThat(plan("search_name like '%line 0012%'")).contains("ix_phone_number_name_trgm");
		assertThat(plan("(lower(number) like '%0012%' or search_name like '%line 0012%')"))
			.contains("ix_phone_number_number_trgm", "ix_phone_number_name_trgm");
	}

	/**
	 * The plan with only bitmap scans allowed (a table this small is read whole
	 * otherwise): only an index whose expression matches the predicate can give one.
	 */
	private String plan(String predicate) {
		return this.transactions.execute((status) -> {
			this.jdbc.execute("set local enable_seqscan = off");
			this.jdbc.execute("set local enable_indexscan = off");
			this.jdbc.execute("set local enable_indexonlyscan = off");
			List<Map<String, Object>> lines = this.jdbc
				.queryForList("explain select count(*) from phone_number where " + predicate);
			return lines.stream().map((line) -> String.valueOf(line.values().iterator().next())).toList().toString();
		});
	}

	private List<String> texts(String text) {
		return this.numbers.page(filter(text), PageRequest.of(0, 50))
			.stream()
			.map(PhoneNumberRow::displayName)
			.toList();
	}

	private static NumberFilter filter(String text) {
		return new NumberFilter(text, null, null, null, null, null);
	}

}
