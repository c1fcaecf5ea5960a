package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.trunkline.PostgresTestBase;
import io.trunkline.base.FieldException;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per (organization, number) even when many people save the same number at once,
 * on a real PostgreSQL: the unique constraint decides, and the losers get the field
 * error.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class PhoneNumberUniquenessPostgresIT extends PostgresTestBase {

	private static final int THREADS = 8;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void many_people_saving_the_same_number_at_once_leave_exactly_one_row() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		String[] spellings = { "+1 415 555 2671", "(415) 555-2671", "1-415-555-2671", "415.555.2671" };
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (int i = 0; i < THREADS; i++) {
				String spelling = spellings[i % spellings.length];
				results.add(pool.submit(save(org, trunk, spelling, start)));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
			assertThat(outcomes).filteredOn(PhoneNumberService.DUPLICATE::equals).hasSize(THREADS - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from phone_number where organization_id = ? and number = '+14155552671'", Long.class,
				org.id()))
			.isEqualTo(1L);
	}

	@Test
	void the_same_number_in_two_organizations_gives_two_rows() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.fixtures.number(a, this.fixtures.trunk(a, "A", "pw"), "+44 20 7946 0958");
		this.fixtures.number(b, this.fixtures.trunk(b, "B", "pw"), "020 7946 0958".replace("020", "+44 20"));
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where number = '+442079460958'",
				Long.class))
			.isEqualTo(2L);
	}

	private Callable<String> save(Org org, TrunkSummary trunk, String spelling, CountDownLatch start) {
		return () -> {
			this.accounts.signIn(org.adminEmail());
			start.await();
			try {
				this.numbers.create(NumberFixtures.command(trunk, spelling));
				return "saved";
			}
			catch (FieldException ex) {
				return ex.getMessage();
			}
			finally {
				this.accounts.signOut();
			}
		};
	}

}
