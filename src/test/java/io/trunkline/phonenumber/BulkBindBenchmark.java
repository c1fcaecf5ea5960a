package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trunkline.PostgresTestBase;
import io.trunkline.agent.AgentSummary;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binds two weighted agents to 10,000 numbers in one operation through the real service,
 * on PostgreSQL, and prints the time. Run with {@code ./mvnw -Pbench verify}; target
 * under 2 s.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class BulkBindBenchmark extends PostgresTestBase {

	private static final int NUMBERS = 10_000;

	private static final int RUNS = 5;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private BindingService bindings;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void bind_ten_thousand_numbers_in_one_operation() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 2);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		Set<Long> ids = new HashSet<>(this.fixtures.manyNumbers(org, trunk, NUMBERS, true));
		this.jdbc.execute("vacuum analyze");
		this.accounts.signIn(org.adminEmail());
		List<BindingLine> weighted = List.of(new BindingLine(ava.id(), "latest", 6000),
				new BindingLine(ben.id(), "1", 4000));
		List<BindingLine> single = List.of(new BindingLine(ben.id(), "latest", 10000));
		time(ids, single, null);
		List<Double> inbound = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			inbound.add(time(ids, (run % 2 == 0) ? weighted : single, null));
		}
		List<Double> both = new ArrayList<>();
		for (int run = 0; run < 3; run++) {
			both.add(time(ids, (run % 2 == 0) ? weighted : single, (run % 2 == 0) ? weighted : single));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from number_binding where organization_id = ?", Long.class,
				org.id()))
			.isEqualTo(4L * NUMBERS);
		System.out.printf("BENCH bulk_bind_10k_ms=%s db=postgres%n", stats(inbound));
		System.out.printf("BENCH bulk_bind_10k_both_directions_ms=%s db=postgres%n", stats(both));
	}

	/** One bulk binding of every number, timed end to end through the service. */
	private double time(Set<Long> ids, List<BindingLine> inbound, List<BindingLine> outbound) {
		long start = System.nanoTime();
		BulkBindResult result = this.bindings.bindAll(BulkBinding.selected(ids, inbound, outbound));
		double ms = (System.nanoTime() - start) / 1e6;
		assertThat(result.inboundSet()).isEqualTo(NUMBERS);
		return ms;
	}

	private static String stats(List<Double> times) {
		List<Double> sorted = times.stream().sorted().toList();
		return String.format("%.1f max_ms=%.1f runs=%d", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
				sorted.size());
	}

}
