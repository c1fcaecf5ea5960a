package io.trunkline.trunk.health;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * A real SIP peer for the tests: sipp on loopback, playing one scenario of
 * {@code src/test/resources/sipp}, for at most two minutes. Absent sipp skips the test
 * with a message, unless {@code TRUNKLINE_IT_SIP=required} (CI).
 */
public final class Sipp implements AutoCloseable {

	static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final Process process;

	private final int port;

	private Sipp(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Fails in CI, skips elsewhere, when sipp is not installed. */
	public static void assumeInstalled() {
		boolean installed = List.of("/usr/bin/sipp", "/usr/local/bin/sipp")
			.stream()
			.anyMatch((path) -> new File(path).canExecute());
		if (!installed && "required".equals(System.getenv("TRUNKLINE_IT_SIP"))) {
			throw new IllegalStateException(
					"TRUNKLINE_IT_SIP=required but sipp is not installed (apt-get install " + "sip-tester)");
		}
		Assumptions.assumeTrue(installed, "sipp is not installed (Debian package sip-tester): SIP tests skipped");
	}

	/** Starts sipp with a scenario on a port, over {@code "udp"} or {@code "tcp"}. */
	public static Sipp start(String scenario, String transport, int port) throws Exception {
		return start(scenario, transport, port, Duration.ofSeconds(120));
	}

	/** The same, for tests that need it longer than two minutes. */
	public static Sipp start(String scenario, String transport, int port, Duration lifetime) throws Exception {
		Path file = Files.createTempFile("sipp-", ".xml");
		try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario + ".xml")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		file.toFile().deleteOnExit();
		Process process = new ProcessBuilder("sipp", "-sf", file.toString(), "-i", "127.0.0.1", "-p",
				String.valueOf(port), "-t", transport.equals("tcp") ? "t1" : "u1", "-nostdin", "-timeout",
				lifetime.toSeconds() + "s", "-m", "10000000")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		Sipp sipp = new Sipp(process, port);
		sipp.awaitListening(transport);
		return sipp;
	}

	public int port() {
		return this.port;
	}

	private void awaitListening(String transport) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("sipp ended at once with " + this.process.exitValue());
			}
			if (transport.equals("tcp") ? tcpOpen(this.port) : udpTaken(this.port)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("sipp did not listen on " + this.port);
	}

	private static boolean tcpOpen(int port) {
		try (Socket socket = new Socket(LOOPBACK, port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean udpTaken(int port) {
		try (DatagramSocket socket = new DatagramSocket(port, LOOPBACK)) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	/** A port free for TCP and UDP on loopback now. */
	public static int freePort() throws IOException {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK);
					DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), LOOPBACK)) {
				return tcp.getLocalPort();
			}
			catch (IOException ex) {
				// taken for UDP
			}
		}
		throw new IOException("no free port");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

}
