package io.trunkline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged console ({@code target/trunkline-*.jar}) as a person runs it:
 * {@code java -jar} with the build's JDK, production mode, a fresh data folder, the H2
 * default, its output in a file. Connections live 30 s (Hikari's minimum), so the one
 * that ran the migrations is retired while the console runs. Without the jar the test
 * class is skipped, unless {@code TRUNKLINE_IT_BROWSER=required}.
 */
public final class PackagedConsole implements AutoCloseable {

	/** The pool's log line when it retires a connection for its age. */
	private static final String RETIRED = "(connection has passed maxLifetime)";

	private final Process process;

	private final int port;

	private final Path dataDir;

	private final Path log;

	private PackagedConsole(Process process, int port, Path dataDir, Path log) {
		this.process = process;
		this.port = port;
		this.dataDir = dataDir;
		this.log = log;
	}

	/** Starts the jar and waits until it answers and the first start is done. */
	public static PackagedConsole start(Path workDir) throws IOException {
		// -Dtrunkline.walk.db=postgres: the same walk with the postgres profile on a
		// fresh
		// database (a keyset is generated in the data folder, as the H2 default does)
		PostgresTestDatabase database = "postgres".equals(System.getProperty("trunkline.walk.db"))
				? PostgresTestDatabase.create() : null;
		return start(workDir, database, Map.of(), true);
	}

	/**
	 * Starts the jar, on this PostgreSQL database (postgres profile) when there is one,
	 * with these environment variables and arguments added, and waits until it answers;
	 * for the first instance on a database also until the first start is done. Several
	 * instances share a database and a keyset by {@code TRUNKLINE_KEYSET} and
	 * {@code TRUNKLINE_DIGEST_KEYSET} in {@code env}; each has its own data folder and
	 * its output in {@code workDir/console.log}.
	 */
	public static PackagedConsole start(Path workDir, PostgresTestDatabase database, Map<String, String> extraEnv,
			boolean first, String... args) throws IOException {
		Path jar = findJar();
		Files.createDirectories(workDir);
		Path dataDir = Files.createTempDirectory(workDir, "data-");
		Path log = workDir.resolve("console.log");
		int port = freePort();
		List<String> command = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						jar.toString(), "--server.port=" + port, "--spring.datasource.hikari.max-lifetime=30000",
						"--spring.datasource.hikari.keepalive-time=0",
						"--logging.level.com.zaxxer.hikari.pool.PoolBase=DEBUG"));
		if (database != null) {
			command.addAll(List.of("--spring.profiles.active=postgres", "--trunkline.crypto.generate-if-missing=true"));
		}
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.keySet()
			.removeIf((name) -> name.startsWith("TRUNKLINE_") || name.startsWith("DB_") || name.startsWith("SPRING_")
					|| name.equals("PORT"));
		env.put("TRUNKLINE_DATA_DIR", dataDir.toAbsolutePath().toString());
		if (database != null) {
			env.put("DB_URL", database.url());
			env.put("DB_USER", database.user());
			env.put("DB_PASSWORD", database.password());
		}
		env.putAll(extraEnv);
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		PackagedConsole console = new PackagedConsole(builder.start(), port, dataDir, log);
		try {
			console.await("the console to answer on port " + port + (first ? " and create the first admin" : ""),
					Duration.ofSeconds(300), () -> console.answers() && (!first || (Files.exists(console.passwordFile())
							&& console.log().contains("First start: created organization"))));
		}
		catch (RuntimeException | Error ex) {
			console.close();
			throw ex;
		}
		return console;
	}

	/**
	 * Starts one more instance of the jar on the postgres profile against an existing
	 * database (the first one to start creates the first admin), with its output in
	 * {@code <workDir>/<name>.log} and these extra arguments; waits until it answers.
	 * Instances given the same data folder share its keysets.
	 */
	public static PackagedConsole startInstance(String name, PostgresTestDatabase database, Path dataDir, Path workDir,
			List<String> arguments) throws IOException {
		Path jar = findJar();
		Files.createDirectories(dataDir);
		Path log = workDir.resolve(name + ".log");
		int port = freePort();
		List<String> command = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar",
						jar.toString(), "--server.port=" + port, "--spring.profiles.active=postgres",
						"--trunkline.crypto.generate-if-missing=true"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.keySet()
			.removeIf((variable) -> variable.startsWith("TRUNKLINE_") || variable.startsWith("DB_")
					|| variable.startsWith("SPRING_") || variable.equals("PORT"));
		env.put("TRUNKLINE_DATA_DIR", dataDir.toAbsolutePath().toString());
		env.put("DB_URL", database.url());
		env.put("DB_USER", database.user());
		env.put("DB_PASSWORD", database.password());
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		PackagedConsole console = new PackagedConsole(builder.start(), port, dataDir, log);
		try {
			console.await(name + " to answer on port " + port, Duration.ofSeconds(180), console::answers);
		}
		catch (RuntimeException | Error ex) {
			console.close();
			throw ex;
		}
		return console;
	}

	/** Ends the process at once, as {@code kill -9} does: no shutdown of any kind. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path findJar() throws IOException {
		Path target = Path.of("target");
		List<Path> jars = List.of();
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				jars = files.filter((file) -> file.getFileName().toString().matches("trunkline-.*\\.jar"))
					.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
					.toList();
			}
		}
		if (jars.size() != 1) {
			String message = "Expected one packaged jar target/trunkline-*.jar, found " + jars
					+ " (run ./mvnw verify, which packages before the integration tests)";
			if ("required".equalsIgnoreCase(System.getenv("TRUNKLINE_IT_BROWSER"))) {
				Assertions.fail(message + "; TRUNKLINE_IT_BROWSER=required");
			}
			System.err.println("SKIPPED: " + message + ". Set TRUNKLINE_IT_BROWSER=required to fail instead.");
			Assumptions.abort(message);
		}
		return jars.get(0);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public int port() {
		return this.port;
	}

	/** Waits until one line of the output holds all these words. */
	public void awaitLog(String what, Duration timeout, String... words) {
		await(what, timeout,
				() -> log().lines().anyMatch((line) -> java.util.Arrays.stream(words).allMatch(line::contains)));
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The first admin's generated password, from the file the first start wrote. */
	public String initialPassword() throws IOException {
		return Files.readString(passwordFile(), StandardCharsets.UTF_8).strip();
	}

	/** Everything the console wrote to stdout and stderr so far. */
	public String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the pool has closed the first connection it opened, the one Flyway ran
	 * the migrations on (named in the pool's first "Added connection" line).
	 */
	public void awaitMigrationConnectionRetired() {
		await("the pool to retire the connection that ran the migrations", Duration.ofSeconds(90), () -> {
			String first = log().lines()
				.filter((line) -> line.contains(" - Added connection "))
				.map((line) -> line.substring(line.indexOf(" - Added connection ") + 20).strip())
				.findFirst()
				.orElse(null);
			return first != null && log().lines()
				.anyMatch((line) -> line.contains("Closing connection " + first + ": ") && line.contains(RETIRED));
		});
	}

	private Path passwordFile() {
		return this.dataDir.resolve("initial-admin-password");
	}

	private boolean answers() {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url("/login"))).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void await(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (!this.process.isAlive()) {
				Assertions.fail("The console ended (exit " + this.process.exitValue() + ") while waiting for " + what
						+ "; its output is in " + this.log + ":\n" + tail());
			}
			if (System.nanoTime() > deadline) {
				Assertions.fail("Waited " + timeout.toSeconds() + " s for " + what + "; output in " + this.log + ":\n"
						+ tail());
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Its ERROR, cause and SQL error lines, then its last lines. */
	private String tail() {
		List<String> lines = log().lines().toList();
		List<String> causes = lines.stream()
			.filter((line) -> line.matches("^\\S+\\s+ERROR\\s.*") || line.startsWith("Caused by: ")
					|| line.contains("org.hibernate.orm.jdbc.error"))
			.limit(10)
			.toList();
		return String.join("\n", causes) + "\n...\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	/** Stops the console: a normal shutdown first, then forcibly. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
