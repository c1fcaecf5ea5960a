package io.trunkline.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up of the packaged console on the H2 default: from {@code java -jar} to the first
 * 200 of {@code /login}, each run on a fresh data folder (migrations and first start
 * included), median of five, for the plain jar and for the JVM options that may shorten
 * it: C1 only, the extracted jar alone, with a dynamic AppCDS archive
 * ({@code -XX:+AutoCreateSharedArchive}) and with JDK 25's ahead-of-time cache (JEP
 * 483/514), each trained by one start that exits after the context refreshed.
 */
class StartupBenchmark {

	/** Five by default; {@code -Dbench.startup.runs} for a quicker look. */
	private static final int RUNS = Integer.getInteger("bench.startup.runs", 5);

	private static final Path WORK = Path.of("target", "bench-startup");

	@Test
	void start_to_first_sign_in_page() throws Exception {
		String loadBefore = loadAverage();
		FileSystemUtils.deleteRecursively(WORK);
		Path jar = BenchServer.packagedJar().toAbsolutePath();
		Path extracted = extract(jar);
		Map<String, Long> medians = new LinkedHashMap<>();
		measure(medians, "default", jar, List.of());
		measure(medians, "tiered_stop_1", jar, List.of("-XX:TieredStopAtLevel=1"));
		measure(medians, "extracted", extracted, List.of());
		Path jsa = WORK.resolve("trunkline.jsa").toAbsolutePath();
		List<String> appCds = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + jsa);
		if (train(extracted, appCds) && Files.exists(jsa)) {
			measure(medians, "extracted_appcds", extracted, appCds);
		}
		else {
			System.out.println("BENCH start_ms=none variant=extracted_appcds (training did not finish) db=h2");
		}
		Path aot = WORK.resolve("trunkline.aot").toAbsolutePath();
		if (train(extracted, List.of("-XX:AOTCacheOutput=" + aot)) && Files.exists(aot)) {
			measure(medians, "extracted_aot_cache", extracted, List.of("-XX:AOTCache=" + aot));
			measure(medians, "extracted_aot_cache_tiered_stop_1", extracted,
					List.of("-XX:AOTCache=" + aot, "-XX:TieredStopAtLevel=1"));
		}
		else {
			System.out.println("BENCH start_ms=none variant=extracted_aot_cache (training did not finish) db=h2");
		}
		String best = medians.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
		System.out.println("BENCH start_ms=" + medians.get("default") + " best_ms=" + medians.get(best) + " best="
				+ best + " target_ms=8000 cpus=" + Runtime.getRuntime().availableProcessors() + " load_before="
				+ loadBefore + " load_after=" + loadAverage() + " db=h2");
		assertThat(medians.values()).allSatisfy((ms) -> assertThat(ms).isPositive());
	}

	private static void measure(Map<String, Long> medians, String variant, Path jar, List<String> jvm)
			throws IOException {
		List<Long> times = times(jar, jvm);
		long ms = times.get(RUNS / 2);
		medians.put(variant, ms);
		System.out.println("BENCH start_ms=" + ms + " variant=" + variant + " runs=" + RUNS + " sorted_ms=" + times
				+ " load=" + loadAverage() + " db=h2");
	}

	private static List<Long> times(Path jar, List<String> jvm) throws IOException {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			try (BenchServer server = BenchServer.start(jar, WORK.resolve("runs"), null, jvm, Map.of(), List.of())) {
				times.add(server.awaitOk("/login", Duration.ofSeconds(120)));
			}
		}
		times.sort(null);
		return times;
	}

	/**
	 * Spring Boot's tools jar mode: the application jar beside its libraries, as CDS
	 * needs.
	 */
	private static Path extract(Path jar) throws Exception {
		return BenchConsole.extract(jar, WORK.resolve("extracted"));
	}

	/** The 1-minute load average (the machine is shared: a figure to read beside it). */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** One start that ends once the context is refreshed, writing the cache at exit. */
	private static boolean train(Path jar, List<String> jvm) throws Exception {
		List<String> options = new ArrayList<>(jvm);
		options.add("-Dspring.context.exit=onRefresh");
		try (BenchServer server = BenchServer.start(jar, WORK.resolve("training"), null, options, Map.of(),
				List.of())) {
			return server.awaitExit(Duration.ofMinutes(10));
		}
	}

}
