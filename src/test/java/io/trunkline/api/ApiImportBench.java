package io.trunkline.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trunkline.importer.CsvSource;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same 100,000-row CSV imported into a new organization each time, through
 * {@code POST /api/v1/import-jobs} until the job is done, and through the import wizard's
 * service calls (read, dry run, start, until done), alternately; both are polled every 20
 * ms. Prints the medians of three runs each.
 */
@TestComponent
class ApiImportBench {

	private static final int ROWS = 100_000;

	private static final int RUNS = 3;

	private final ImportService imports;

	private final TestAccounts accounts;

	private final NumberFixtures fixtures;

	private final ApiTestKeys keys;

	ApiImportBench(ImportService imports, TestAccounts accounts, NumberFixtures fixtures, ApiTestKeys keys) {
		this.imports = imports;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.keys = keys;
	}

	void run(int port) {
		byte[] csv = csv(ROWS);
		byte[] small = csv(10_000);
		throughApi(port, small);
		throughService(small);
		List<Double> api = new ArrayList<>();
		List<Double> wizard = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			api.add(throughApi(port, csv));
			wizard.add(throughService(csv));
		}
		double apiMs = median(api);
		double wizardMs = median(wizard);
		System.out.printf(Locale.ROOT,
				"BENCH api_import_100k_ms=%.0f wizard_import_100k_ms=%.0f ratio=%.2f db=postgres%n", apiMs, wizardMs,
				apiMs / wizardMs);
		System.out.println(
				"(api import benchmark: median of " + RUNS + " runs each; api " + api + ", wizard " + wizard + ")");
	}

	private double throughApi(int port, byte[] csv) {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		BenchHttp client = new BenchHttp(port, this.keys.create(org, Role.AGENT_MANAGER).key());
		long start = System.nanoTime();
		HttpResponse<String> started = client.post("/api/v1/import-jobs?sip_trunk_id=" + trunk.id(), "text/csv",
				new String(csv, StandardCharsets.UTF_8));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		while (true) {
			JsonNode job = ApiClient.json(client.get(location));
			if (job.get("finished").asBoolean()) {
				double ms = (System.nanoTime() - start) / 1e6;
				assertThat(job.get("imported").asInt()).as(job.toString()).isEqualTo(rows(csv));
				return ms;
			}
			pause();
		}
	}

	private double throughService(byte[] csv) {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		this.accounts.signIn(org.adminEmail());
		try {
			long start = System.nanoTime();
			CsvSource source = this.imports.readCsv("bench.csv", csv);
			ImportPlan plan = this.imports.plan(source.fileName(), source.rows(source.suggestedMapping()),
					ImportSettings.sipTrunk(trunk.id()));
			ImportProgress done = ImportAwait.finished(this.imports,
					this.imports.start(plan, ImportMode.READY_ROWS).batchId());
			double ms = (System.nanoTime() - start) / 1e6;
			assertThat(done.imported()).isEqualTo(rows(csv));
			return ms;
		}
		finally {
			this.accounts.signOut();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static int rows(byte[] csv) {
		int lines = 0;
		for (byte b : csv) {
			lines += (b == '\n') ? 1 : 0;
		}
		return lines - 1;
	}

	/** The import benchmark's rows ({@code importer.ImportBench}). */
	static byte[] csv(int rows) {
		StringBuilder csv = new StringBuilder(rows * 30).append("phone_number,name\n");
		for (int i = 0; i < rows; i++) {
			csv.append("+1 646 ").append(2_000_000 + i).append(",Line ").append(i).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
