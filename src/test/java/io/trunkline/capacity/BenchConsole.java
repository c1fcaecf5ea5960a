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

	private BenchConsole(PostgresTestDatabase database, BenchServer server) {
		this.database = database;
		this.server = server;
	}

	static BenchConsole start(Path workDir, String cpus, String heap) throws Exception {
		PostgresTestDatabase database = PostgresTestDatabase.create();
		BenchServer server = null;
		try {
			server = BenchServer.start(BenchServer.packagedJar(), workDir, cpus, List.of(heap, "-XX:+UseG1GC"),
					Map.of("DB_URL", database.url(), "DB_USER", database.user(), "DB_PASSWORD", database.password()),
					List.of("--spring.profiles.active=postgres", "--trunkline.crypto.generate-if-missing=true",
							"--trunkline.sign-in.burst=100000", "--trunkline.sign-in.refill-per-minute=100000"));
			server.awaitOk("/actuator/health/readiness", Duration.ofMinutes(8));
			seed(database);
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
	 * The top of the class histogram (live objects), for finding what a session holds.
	 */
	List<String> histogram(int rows) throws IOException, InterruptedException {
		List<String> lines = jcmd("GC.class_histogram");
		return lines.subList(0, Math.min(rows + 3, lines.size()));
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
