package io.trunkline.capacity;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heap per signed-in UI of the packaged console (production mode, PostgreSQL, 100,000
 * numbers): live heap after a full GC with 200 sessions, each signed in over HTTP with
 * the numbers grid open and its first page loaded, minus the same before them, divided by
 * 200. Ten sessions first warm up what is made once (classes, query plans, caches).
 */
class HeapPerUiBenchmark {

	private static final int USERS = 200;

	private static final int WARM_UP = 10;

	/**
	 * With the JVM's defaults, and with JDK 25's compact object headers (8-byte headers
	 * instead of 12: a UI is mostly small objects), the option the README recommends.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "default", "compact_object_headers" })
	void heap_per_numbers_grid_ui(String variant) throws Exception {
		List<String> jvm = variant.equals("default") ? List.of("-Xmx1g")
				: List.of("-Xmx1g", "-XX:+UseCompactObjectHeaders");
		try (BenchConsole console = BenchConsole.start(Path.of("target", "bench-heap"), null, jvm)) {
			HttpClient client = ConsoleTab.newClient();
			List<ConsoleTab> tabs = new ArrayList<>();
			openNumbers(console, client, WARM_UP, tabs);
			Map<String, Long> classesBefore = console.histogram();
			long before = console.liveHeapBytes();
			openNumbers(console, client, USERS, tabs);
			long after = console.liveHeapBytes();
			Map<String, Long> classesAfter = console.histogram();
			double perUi = (after - before) / 1024.0 / USERS;
			System.out.println("BENCH heap_per_ui_kb=" + Math.round(perUi) + " view=numbers users=" + USERS
					+ " live_before_mb=" + before / 1024 / 1024 + " live_after_mb=" + after / 1024 / 1024 + " jvm="
					+ variant + " target_kb=150 db=postgres");
			BenchConsole.growth(classesBefore, classesAfter, USERS, 30)
				.forEach((line) -> System.out.println("HEAP per UI " + line));
			assertThat(after).isGreaterThan(before);
		}
	}

	/** Signs in and opens the numbers grid in {@code count} sessions, four at a time. */
	static void openNumbers(BenchConsole console, HttpClient client, int count, List<ConsoleTab> tabs)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<ConsoleTab>> opened = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				opened.add(pool.submit(() -> {
					ConsoleTab tab = new ConsoleTab(client, console.base());
					tab.signIn(BenchServer.ADMIN, BenchServer.PASSWORD);
					String answer = tab.open("numbers");
					assertThat(answer).as("the grid's first page").contains("$connector.set(", "\"col0\":\"+");
					return tab;
				}));
			}
			for (Future<ConsoleTab> tab : opened) {
				tabs.add(tab.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
