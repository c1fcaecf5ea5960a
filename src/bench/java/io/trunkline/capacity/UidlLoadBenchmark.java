package io.trunkline.capacity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 people in the numbers grid for 3 minutes ({@link NumbersSimulation}) against the
 * packaged console on PostgreSQL with 100,000 numbers. The console runs on CPU 0 and the
 * load generator (this JVM) on CPU 1 where {@code taskset} exists (PostgreSQL is not
 * pinned). Prints p95 and p99 over all requests and per action (from Gatling's report),
 * with the load average before and after; fails on any error or when no save reached the
 * database. {@code -Dbench.users} and {@code -Dbench.seconds} for a shorter run. The same
 * run for {@code bench.warmup-seconds} (default 60) comes first and is not counted.
 */
class UidlLoadBenchmark {

	/** {@code -Dbench.warmup-seconds}: the unmeasured run before the measured one. */
	private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 60);

	@Test
	void fifty_people_in_the_numbers_grid() throws Exception {
		String loadBefore = StartupBenchmark.loadAverage();
		int cpus = Runtime.getRuntime().availableProcessors();
		try (BenchConsole console = BenchConsole.start(Path.of("target", "bench-load"), "0", List.of("-Xmx1g"))) {
			// after the console started (unpinned, so it does not inherit this JVM's CPU)
			boolean pinned = BenchServer.pin(ProcessHandle.current().pid(), "1");
			System.setProperty("bench.base", console.base());
			System.setProperty("gatling.data.enableAnalytics", "false");
			if (WARMUP_SECONDS > 0) {
				// the same people and actions first, not counted: a console runs for weeks,
				// and its first minutes are spent compiling its code on the one core it has
				System.setProperty("bench.run.seconds", String.valueOf(WARMUP_SECONDS));
				int warmup = gatling(Path.of("target", "gatling-warmup").toAbsolutePath());
				System.clearProperty("bench.run.seconds");
				assertThat(warmup).as("the warm-up's exit status").isZero();
			}
			Path results = Path.of("target", "gatling").toAbsolutePath();
			int status = gatling(results);
			Map<String, int[]> stats = latestStats(results);
			print(stats, pinned, cpus, loadBefore);
			assertThat(status).as("Gatling's exit status").isZero();
			assertThat(stats.get("All Requests")[KO]).as("errors").isZero();
			assertThat(stats.get("save number")[TOTAL]).as("saves").isPositive();
			// the saves reached the database, not only a UIDL answer without an error
			assertThat(console.count("select count(*) from phone_number where display_name like 'Bench %'"))
				.as("numbers saved with a bench display name")
				.isPositive();
		}
	}

	private static int gatling(Path results) {
		return Gatling$.MODULE$.fromArgs(new String[] { "--simulation", NumbersSimulation.class.getName(),
				"--results-folder", results.toString() });
	}

	private static void print(Map<String, int[]> stats, boolean pinned, int cpus, String loadBefore) {
		int[] all = stats.get("All Requests");
		// the targets hold per action: the slowest action's figures beside those of all
		// requests, which the many small ones (grid confirms, beacons) pull down
		String worstP95 = worst(stats, P95);
		String worstP99 = worst(stats, P99);
		System.out.println("BENCH uidl_worst_action_p95_ms=" + stats.get(worstP95)[P95] + " action=\"" + worstP95
				+ "\" worst_action_p99_ms=" + stats.get(worstP99)[P99] + " action=\"" + worstP99 + "\" db=postgres");
		System.out.println("BENCH uidl_p95_ms=" + all[P95] + " p99_ms=" + all[P99] + " scope=all_requests errors="
				+ all[KO] + " requests=" + all[TOTAL] + " users=" + NumbersSimulation.USERS + " seconds="
				+ NumbersSimulation.SECONDS + " warmup_seconds=" + WARMUP_SECONDS + " pinned="
				+ (pinned ? "server:cpu0,load_generator:cpu1,postgres:unpinned" : "no (one CPU or no taskset)")
				+ " cpus=" + cpus + " layout=" + BenchConsole.LAYOUT + " load_before=" + loadBefore
				+ " load_after=" + StartupBenchmark.loadAverage() + " db=postgres");
		stats.forEach((name, row) -> {
			if (!name.equals("All Requests")) {
				System.out.println("BENCH action=\"" + name + "\" p95_ms=" + row[P95] + " p99_ms=" + row[P99] + " n="
						+ row[TOTAL] + " errors=" + row[KO]);
			}
		});
	}

	/** The action with the highest figure in that column, sign-in excluded (once per person). */
	private static String worst(Map<String, int[]> stats, int column) {
		return stats.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals("All Requests") && !entry.getKey().startsWith("sign"))
			.max(Comparator.comparingInt((entry) -> entry.getValue()[column]))
			.orElseThrow()
			.getKey();
	}

	private static final int TOTAL = 0;

	private static final int KO = 2;

	private static final int P95 = 8;

	private static final int P99 = 9;

	private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	/**
	 * The statistics table of Gatling's report (3.14 writes no stats.json): per request
	 * name, columns 2 to 14 (total, ok, ko, % ko, per s, min, p50, p75, p95, p99, max, mean,
	 * std dev).
	 */
	private static Map<String, int[]> latestStats(Path results) throws Exception {
		Path run;
		try (Stream<Path> runs = Files.list(results)) {
			run = runs.filter(Files::isDirectory)
				.max(Comparator.comparingLong((dir) -> dir.toFile().lastModified()))
				.orElseThrow();
		}
		String html = Files.readString(run.resolve("index.html"));
		Map<String, int[]> stats = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(1));
			if (!name.find()) {
				continue;
			}
			int[] values = new int[13];
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				int column = Integer.parseInt(cell.group(1));
				String text = cell.group(2).replace(",", "").trim();
				if (column >= 2 && column <= 14 && text.matches("\\d+(\\.\\d+)?")) {
					values[column - 2] = (int) Math.round(Double.parseDouble(text));
				}
			}
			stats.put(name.group(1).trim(), values);
		}
		if (!stats.containsKey("All Requests")) {
			throw new IllegalStateException("No statistics table in " + run.resolve("index.html"));
		}
		return stats;
	}

}
