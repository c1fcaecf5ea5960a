package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers grid benchmark: seeds {@link GridSeed}'s million numbers over ten
 * organizations made through the real services, then times the service calls the grid
 * makes as an admin of the first organization, printing {@code BENCH} lines.
 */
@TestComponent
public class GridBench {

	private static final int ORGANIZATIONS = 10;

	private static final int WARMUP = 20;

	private static final int RUNS = 100;

	private static final int PAGE = 50;

	private static final String ORDER = " order by updated_at desc, id desc";

	private final TestAccounts accounts;

	private final NumberFixtures fixtures;

	private final PhoneNumberService numbers;

	private final JdbcTemplate jdbc;

	GridBench(TestAccounts accounts, NumberFixtures fixtures, PhoneNumberService numbers, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.numbers = numbers;
		this.jdbc = jdbc;
	}

	/**
	 * Seeds, then measures; {@code analyze} is the statement that refreshes the
	 * database's statistics afterwards.
	 */
	public void run(String db, String analyze) {
		long start = System.nanoTime();
		List<Org> orgs = new ArrayList<>();
		List<Long> trunks = new ArrayList<>();
		for (int i = 0; i < ORGANIZATIONS; i++) {
			Org org = this.accounts.newOrganization();
			orgs.add(org);
			trunks.add(this.fixtures.trunk(org, "Trunk " + i, "secret-" + i).id());
		}
		GridSeed.insert(this.jdbc, orgs.stream().map(Org::id).toList(), trunks);
		this.jdbc.execute(analyze);
		print("seed_1m_ms=" + ms(System.nanoTime() - start), db);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number", Long.class)).isEqualTo(GridSeed.TOTAL);
		this.accounts.signIn(orgs.get(0).adminEmail());
		try {
			measure(orgs.get(0).id(), db);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private void measure(long org, String db) {
		NumberFilter activeGb = new NumberFilter(null, "GB", null, Boolean.TRUE);
		Sort sort = Sort.by(Sort.Direction.DESC, "updatedAt");
		PageRequest first = PageRequest.of(0, PAGE, sort);
		PageRequest deep = PageRequest.of(GridSeed.PER_ORGANIZATION / PAGE, PAGE, sort);
		String gbWhere = " where organization_id = ? and region = 'GB' and active = true";
		assertThat(ids(this.numbers.page(activeGb, first))).isEqualTo(
				this.jdbc.queryForList("select id from phone_number" + gbWhere + ORDER + " limit 50", Long.class, org));
		assertThat(ids(this.numbers.page(NumberFilter.NONE, deep))).isEqualTo(this.jdbc.queryForList(
				"select id from phone_number where organization_id = ?" + ORDER + " limit 50 offset 100000", Long.class,
				org));
		long expectedCount = this.jdbc.queryForObject("select count(*) from phone_number" + gbWhere, Long.class, org);
		assertThat(expectedCount).isGreaterThan(PAGE);
		time("grid_first_page", db, () -> this.numbers.page(activeGb, first).size(), PAGE);
		time("grid_offset_100k", db, () -> this.numbers.page(NumberFilter.NONE, deep).size(), PAGE);
		time("grid_count", db, () -> this.numbers.count(activeGb), expectedCount);
	}

	private static void time(String name, String db, Supplier<Number> call, long expected) {
		for (int i = 0; i < WARMUP; i++) {
			assertThat(call.get().longValue()).isEqualTo(expected);
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			long result = call.get().longValue();
			nanos[i] = System.nanoTime() - start;
			assertThat(result).isEqualTo(expected);
		}
		Arrays.sort(nanos);
		print(name + "_p95_ms=" + ms(nanos[(int) Math.ceil(RUNS * 0.95) - 1]) + " p50_ms=" + ms(nanos[RUNS / 2 - 1]),
				db);
	}

	private static List<Long> ids(List<PhoneNumberRow> rows) {
		assertThat(rows).hasSize(PAGE);
		return rows.stream().map(PhoneNumberRow::id).toList();
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	private static void print(String measurement, String db) {
		System.out.println("BENCH " + measurement + " db=" + db);
	}

}
