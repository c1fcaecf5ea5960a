package io.trunkline.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.trunkline.PostgresTestDatabase;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

/**
 * The packaged console on the postgres profile with a fresh database, its first
 * organization seeded with 100,000 numbers, ready for benchmark clients on loopback.
 * Sign-in limits are raised: every benchmark client signs in from 127.0.0.1.
 */
final class BenchConsole implements AutoCloseable {

	private final PostgresTestDatabase database;

	private final BenchServer server;

	/**
	 * {@code -Dbench.server.layout=extracted} runs the jar as the README advises for
	 * production (extracted by Spring Boot's tools mode: plain jars on the class path);
	 * {@code jar} (the default) runs the fat jar as built.
	 */
	static final String LAYOUT = System.getProperty("bench.server.layout", "jar");

	private BenchConsole(PostgresTestDatabase database, BenchServer server) {
		this.database = database;
		this.server = server;
	}

	/**
	 * @param options the console's JVM options (its heap, and any other)
	 */
	static BenchConsole start(Path workDir, String cpus, List<String> options) throws Exception {
		PostgresTestDatabase database = PostgresTestDatabase.create();
		BenchServer server = null;
		try {
			List<String> jvm = new ArrayList<>(options);
			jvm.add("-XX:+UseG1GC");
			// -Dbench.server.jvm="-XX:StartFlightRecording=..." profiles the console
			// under load
			String extra = System.getProperty("bench.server.jvm", "").trim();
			if (!extra.isEmpty()) {
				jvm.addAll(List.of(extra.split("\\s+")));
			}
			Path jar = LAYOUT.equals("extracted") ? extract(BenchServer.packagedJar(), workDir.resolve("app"))
					: BenchServer.packagedJar();
			server = BenchServer.start(jar, workDir, null, jvm,
					Map.of("DB_URL", database.url(), "DB_USER", database.user(), "DB_PASSWORD", database.password()),
					List.of("--spring.profiles.active=postgres", "--trunkline.crypto.generate-if-missing=true",
							"--trunkline.sign-in.burst=100000", "--trunkline.sign-in.refill-per-minute=100000"));
			server.awaitOk("/actuator/health/readiness", Duration.ofMinutes(8));
			seed(database);
			if (cpus != null) {
				// pinned once it is ready: a start on one shared core would take minutes
				BenchServer.pin(server.pid(), cpus);
			}
			return new BenchConsole(database, server);
		}
		catch (Exception | Error ex) {
			if (server != null) {
				server.close();
			}
			database.drop();
			throw ex;
		}
	}

	/** The jar extracted into {@code destination}; the launcher jar in it. */
	static Path extract(Path jar, Path destination) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
				destination.toAbsolutePath().toString())
			.inheritIO()
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Could not extract " + jar);
		}
		return destination.toAbsolutePath().resolve(jar.getFileName());
	}

	private static void seed(PostgresTestDatabase database) throws IOException, SQLException {
		String sql = StreamUtils.copyToString(new ClassPathResource("capacity/seed-100k-postgres.sql").getInputStream(),
				StandardCharsets.UTF_8);
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement()) {
			for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
				if (!part.isBlank()) {
					statement.execute(part);
				}
			}
		}
	}

	/** One number from the console's database (e.g. a count). */
	long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.user(),
				this.database.password());
				Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	String base() {
		return this.server.url("");
	}

	long pid() {
		return this.server.pid();
	}

	/** Bytes of live objects: a full GC, then the class histogram's total. */
	long liveHeapBytes() throws IOException, InterruptedException {
		List<String> lines = jcmd("GC.class_histogram");
		String total = lines.stream().filter((line) -> line.startsWith("Total")).findFirst().orElseThrow();
		String[] parts = total.trim().split("\\s+");
		return Long.parseLong(parts[2]);
	}

	/**
	 * Bytes of live objects per class (after a full GC), for finding what a session
	 * holds.
	 */
	Map<String, Long> histogram() throws IOException, InterruptedException {
		Map<String, Long> bytes = new HashMap<>();
		for (String line : jcmd("GC.class_histogram")) {
			String[] parts = line.trim().split("\\s+");
			if (parts.length >= 4 && parts[0].endsWith(":")) {
				bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
			}
		}
		return bytes;
	}

	/**
	 * The classes that grew most from one histogram to the next, in bytes per
	 * {@code per}.
	 */
	static List<String> growth(Map<String, Long> before, Map<String, Long> after, int per, int rows) {
		return after.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(rows)
			.map((entry) -> String.format("%8d B  %s", entry.getValue() / per, entry.getKey()))
			.toList();
	}

	private List<String> jcmd(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(pid()), command)
			.redirectErrorStream(true)
			.start();
		List<String> lines = new ArrayList<>(
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + lines);
		}
		return lines;
	}

	@Override
	public void close() {
		this.server.close();
		this.database.drop();
	}

}
