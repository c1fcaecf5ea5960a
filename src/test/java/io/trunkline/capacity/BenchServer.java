package io.trunkline.capacity;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged console for a benchmark: {@code java -jar target/trunkline-*.jar} with the
 * build's JDK (production mode), on loopback, a fresh data folder, optionally pinned to
 * CPUs with {@code taskset}. Always stopped by {@link #close()}.
 */
final class BenchServer implements AutoCloseable {

	static final String ADMIN = "admin@trunkline.local";

	static final String PASSWORD = "bench-admin-password";

	private final Process process;

	private final int port;

	private final long startedNanos;

	private BenchServer(Process process, int port, long startedNanos) {
		this.process = process;
		this.port = port;
		this.startedNanos = startedNanos;
	}

	/**
	 * @param jar the jar to run ({@link #packagedJar()} or an extracted one)
	 * @param cpus {@code taskset -c} list, or null for none
	 * @param jvm options before {@code -jar}
	 * @param env added environment (e.g. {@code DB_URL} with the postgres profile)
	 * @param args application arguments
	 */
	static BenchServer start(Path jar, Path workDir, String cpus, List<String> jvm, Map<String, String> env,
			List<String> args) throws IOException {
		Files.createDirectories(workDir);
		Path dataDir = Files.createTempDirectory(workDir, "data-");
		int port = freePort();
		List<String> command = new ArrayList<>();
		if (cpus != null && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
			command.addAll(List.of("/usr/bin/taskset", "-c", cpus));
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvm);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("TRUNKLINE_") || name.startsWith("DB_") || name.startsWith("SPRING_")
					|| name.equals("PORT"));
		builder.environment().put("TRUNKLINE_DATA_DIR", dataDir.toAbsolutePath().toString());
		builder.environment().put("TRUNKLINE_ADMIN_PASSWORD", PASSWORD);
		builder.environment().putAll(env);
		builder.redirectErrorStream(true).redirectOutput(workDir.resolve("server-" + port + ".log").toFile());
		long started = System.nanoTime();
		return new BenchServer(builder.start(), port, started);
	}

	static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().matches("trunkline-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("Expected one target/trunkline-*.jar, found " + jars
						+ " (./mvnw -Pbench verify packages it before the benchmarks)");
			}
			return jars.get(0);
		}
	}

	/**
	 * Waits for the first 200 of {@code path}; returns the ms since {@code java} started.
	 */
	long awaitOk(String path, Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The server ended with exit " + this.process.exitValue());
			}
			try {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.startedNanos);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(20);
		}
		throw new IllegalStateException("No 200 from " + path + " within " + timeout);
	}

	/** Waits for a start that ends by itself (a training run); false if it did not. */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && this.process.exitValue() == 0;
	}

	/** Pins every thread of a running process (and those it starts) to the given CPUs. */
	static boolean pin(long pid, String cpus) throws IOException, InterruptedException {
		if (!Files.isExecutable(Path.of("/usr/bin/taskset")) || Runtime.getRuntime().availableProcessors() < 2) {
			return false;
		}
		Process process = new ProcessBuilder("/usr/bin/taskset", "-a", "-p", "-c", cpus, String.valueOf(pid))
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	int port() {
		return this.port;
	}

	/** The JVM's pid (taskset execs java, so it is the same process). */
	long pid() {
		return this.process.pid();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
