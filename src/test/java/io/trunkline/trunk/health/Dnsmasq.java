package io.trunkline.trunk.health;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * dnsmasq (Debian package {@code dnsmasq-base}) as the DNS server of {@code .test} on
 * loopback, serving only the records a test gives it (no upstream, no hosts file; another
 * name of {@code .test} does not exist), started by the test and stopped after it.
 */
final class Dnsmasq implements AutoCloseable {

	private static final String BINARY = "/usr/sbin/dnsmasq";

	private final Process process;

	private final int port;

	private Dnsmasq(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Fails in CI (as the other SIP tests), skips elsewhere, when dnsmasq is missing. */
	static void assumeInstalled() {
		boolean installed = new File(BINARY).canExecute();
		if (!installed && "required".equals(System.getenv("TRUNKLINE_IT_SIP"))) {
			throw new IllegalStateException(
					"TRUNKLINE_IT_SIP=required but dnsmasq is not installed (apt-get install dnsmasq-base)");
		}
		Assumptions.assumeTrue(installed, "dnsmasq is not installed (Debian package dnsmasq-base): DNS test skipped");
	}

	/**
	 * Starts dnsmasq on a free loopback port with these records, in its own option syntax
	 * ({@code --naptr-record=...}, {@code --srv-host=...}, {@code --host-record=...}).
	 */
	static Dnsmasq start(List<String> records) throws Exception {
		int port = Sipp.freePort();
		List<String> command = new ArrayList<>(List.of(BINARY, "--keep-in-foreground", "--no-resolv", "--no-hosts",
				"--no-poll", "--local=/test/", "--conf-file=/dev/null", "--pid-file=", "--log-facility=-",
				"--listen-address=127.0.0.1", "--bind-interfaces", "--port=" + port));
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("--user=root", "--group=root"));
		}
		command.addAll(records);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Dnsmasq dnsmasq = new Dnsmasq(process, port);
		CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> dnsmasq.awaitLine("started"));
		try {
			started.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			dnsmasq.close();
			throw new IllegalStateException("dnsmasq did not start on port " + port, ex);
		}
		return dnsmasq;
	}

	/** Reads its log until a line says this; the rest of the log is drained. */
	private String awaitLine(String word) {
		BufferedReader log = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		try {
			String line;
			while ((line = log.readLine()) != null) {
				if (line.contains(word)) {
					Thread.ofVirtual().start(() -> log.lines().forEach((rest) -> {
					}));
					return line;
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new IllegalStateException("dnsmasq ended with " + this.process.exitValue());
	}

	/** The JNDI provider URL that asks this server. */
	String jndiUrl() {
		return "dns://127.0.0.1:" + this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

}
