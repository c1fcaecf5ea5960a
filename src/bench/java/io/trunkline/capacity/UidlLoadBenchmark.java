package io.trunkline.capacity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.app.Gatling$;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 people in the numbers grid for 3 minutes ({@link NumbersSimulation}) against the
 * packaged console on PostgreSQL with 100,000 numbers. The console runs on CPU 0 and the
 * load generator (this JVM) on CPU 1 where {@code taskset} exists (PostgreSQL is not
 * pinned). Prints p95 and p99 of every UIDL round trip, and per action.
 */
class UidlLoadBenchmark {

	@Test
	void fifty_people_in_the_numbers_grid() throws Exception {
		try (BenchConsole console = BenchConsole.start(Path.of("target", "bench-load"), "0", "-Xmx1g")) {
			// after the console started (unpinned, so it does not inherit this JVM's CPU)
			boolean pinned = BenchServer.pin(ProcessHandle.current().pid(), "1");
			System.setProperty("bench.base", console.base());
			System.setProperty("gatling.data.enableAnalytics", "false");
			Path results = Path.of("target", "gatling").toAbsolutePath();
			int status = Gatling$.MODULE$.fromArgs(new String[] { "--simulation", NumbersSimulation.class.getName(), "--results-folder",
					results.toString() });
			JsonNode stats = latestStats(results);
			print(stats, pinned);
			assertThat(status).as("Gatling's exit status").isZero();
			assertThat(stats.path("stats").path("numberOfRequests").path("ko").asInt()).as("errors").isZero();
		}
	}

	private static void print(JsonNode stats, boolean pinned) {
		JsonNode all = stats.path("stats");
		int errors = all.path("numberOfRequests").path("ko").asInt();
		int uidlP95 = 0;
		int uidlP99 = 0;
		Map<String, String> perAction = new TreeMap<>();
		for (JsonNode request : stats.path("contents")) {
			JsonNode s = request.path("stats");
			String name = s.path("name").asText();
			int p95 = s.path("percentiles3").path("total").asInt();
			int p99 = s.path("percentiles4").path("total").asInt();
			perAction.put(name, "p95_ms=" + p95 + " p99_ms=" + p99 + " n=" + s.path("numberOfRequests").path("total").asInt());
		}
		System.out.println("BENCH uidl_p95_ms=" + all.path("percentiles3").path("total").asInt() + " p99_ms="
				+ all.path("percentiles4").path("total").asInt() + " errors=" + errors + " users="
				+ NumbersSimulation.USERS + " requests=" + all.path("numberOfRequests").path("total").asInt()
				+ " pinned=" + (pinned ? "server:cpu0,load:cpu1,postgres:unpinned" : "no") + " db=postgres");
		perAction.forEach((name, line) -> System.out.println("BENCH action=\"" + name + "\" " + line));
	}

	private static JsonNode latestStats(Path results) throws Exception {
		try (Stream<Path> runs = Files.list(results)) {
			Path run = runs.filter(Files::isDirectory)
				.max(Comparator.comparingLong((dir) -> dir.toFile().lastModified()))
				.orElseThrow();
			return new ObjectMapper().readTree(run.resolve("js").resolve("stats.json").toFile());
		}
	}

}
