package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.trunkline.PostgresTestBase;
import io.trunkline.TestClock;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's benchmarks on PostgreSQL over a real port, each client with a key of its own
 * and the per-key limit raised out of the way (the server is measured, not the limiter):
 * a filtered page of an organization of 100,000 numbers, single creates from 8 clients
 * for 20 s, and a 100,000-row CSV import through the API against the same import at the
 * service (the wizard's path). Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trunkline.crypto.generate-if-missing=true", "trunkline.data-dir=target/api-bench-data",
				"trunkline.api.rate-limit.per-second=1000000", "trunkline.api.rate-limit.burst=1000000" })
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class, ApiTestKeys.class, ApiImportBench.class })
class PostgresApiBenchmark extends PostgresTestBase {

	private static final int WARMUP = 50;

	private static final int CALLS = 200;

	private static final int CLIENTS = 8;

	private static final long CREATE_SECONDS = 20;

	/**
	 * Creates before the measured ones: long enough for the JIT to finish compiling the
	 * create path, so that the server is measured as it runs for weeks. On 2 cores shared
	 * with PostgreSQL and the 8 clients, the compiler threads get little CPU: after 60 s
	 * they still compiled for about 3 ms a create within the measured 20 s (300-380
	 * creates/s), after 150 s for 0.2-0.4 ms (525-594/s).
	 */
	private static final long WARMUP_SECONDS = Long.getLong("bench.api.create-warmup-seconds", 150);

	private static final String[] AREA_CODES = { "212", "305", "312", "415", "503", "617", "646", "713" };

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiImportBench imports;

	@Test
	void a_filtered_page_of_one_hundred_of_an_organization_of_one_hundred_thousand() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		Org other = this.accounts.newOrganization();
		ApiBenchSeed.insert(this.jdbc, org.id(), trunk.id(), 50_000_000L);
		ApiBenchSeed.insert(this.jdbc, other.id(), this.fixtures.trunk(other, "Other", "pw").id(), 60_000_000L);
		this.jdbc.execute("vacuum analyze phone_number");
		BenchHttp client = new BenchHttp(this.port, this.keys.create(org, Role.VIEWER).key());
		List<String> pages = new ArrayList<>();
		String cursor = null;
		for (int i = 0; i < WARMUP + CALLS; i++) {
			HttpResponse<String> page = client.get("/api/v1/phone-numbers?region=GB&active=true&limit=100"
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			cursor = ApiClient.json(page).get("next_cursor").asString();
			pages.add(cursor);
		}
		long[] nanos = new long[CALLS];
		long cpu = BenchHttp.processCpuNanos();
		BenchHttp.CpuSplit split = BenchHttp.CpuSplit.now();
		for (int i = 0; i < CALLS; i++) {
			// Pages all through the organization, each one at its own cursor.
			String path = "/api/v1/phone-numbers?region=GB&active=true&limit=100"
					+ ((i == 0) ? "" : "&cursor=" + pages.get(i * (pages.size() - 1) / CALLS));
			long start = System.nanoTime();
			HttpResponse<String> page = client.get(path);
			nanos[i] = System.nanoTime() - start;
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(ApiClient.json(page).get("data")).hasSize(100);
		}
		cpu = BenchHttp.processCpuNanos() - cpu;
		String cpuSplit = BenchHttp.CpuSplit.now().perCall(split, CALLS);
		System.out.println("BENCH api_list_p95_ms=" + BenchHttp.p95Ms(nanos) + " db=postgres");
		System.out.println("(api list: JVM CPU " + BenchHttp.ms(cpu / (double) CALLS) + " ms a call, load average "
				+ BenchHttp.loadAverage() + " on " + Runtime.getRuntime().availableProcessors() + " cores; " + cpuSplit
				+ ")");
	}

	@Test
	void single_creates_from_eight_clients_for_twenty_seconds() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		List<BenchHttp> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(new BenchHttp(this.port, this.keys.create(org, Role.AGENT_MANAGER).key()));
		}
		creates(clients, trunk.id(), 2_000_000, WARMUP_SECONDS * 1_000_000_000L);
		this.jdbc.update("delete from phone_number where organization_id = ?", org.id());
		long cpu = BenchHttp.processCpuNanos();
		BenchHttp.CpuSplit split = BenchHttp.CpuSplit.now();
		long start = System.nanoTime();
		long created = creates(clients, trunk.id(), 3_000_000, CREATE_SECONDS * 1_000_000_000L);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				org.id()))
			.isEqualTo(created);
		cpu = BenchHttp.processCpuNanos() - cpu;
		String cpuSplit = BenchHttp.CpuSplit.now().perCall(split, created);
		System.out.printf(Locale.ROOT, "BENCH api_create_per_s=%.0f clients=%d db=postgres%n", created / seconds,
				CLIENTS);
		System.out.println("(api create: " + created + " in " + BenchHttp.ms(seconds * 1e9) + " ms, JVM CPU "
				+ BenchHttp.ms(cpu / (double) Math.max(1, created)) + " ms a create, load average "
				+ BenchHttp.loadAverage() + "; " + cpuSplit + ")");
	}

	/** Each client creates numbers of its own area code until the time is up. */
	private long creates(List<BenchHttp> clients, long trunkId, int first, long nanos) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			long end = System.nanoTime() + nanos;
			List<Future<Long>> counts = new ArrayList<>();
			for (int c = 0; c < clients.size(); c++) {
				BenchHttp client = clients.get(c);
				String area = AREA_CODES[c];
				counts.add(pool.submit(() -> {
					long n = 0;
					while (System.nanoTime() < end) {
						HttpResponse<String> answer = client.post("/api/v1/phone-numbers", "application/json",
								PhoneNumberWriteApiIT.newNumber(trunkId, "+1" + area + (first + n)));
						assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
						n++;
					}
					return n;
				}));
			}
			long total = 0;
			for (Future<Long> count : counts) {
				total += count.get();
			}
			return total;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void a_csv_import_of_one_hundred_thousand_rows_through_the_api_and_the_wizards_service() {
		this.imports.run(this.port);
	}

}
