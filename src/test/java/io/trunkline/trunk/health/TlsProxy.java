package io.trunkline.trunk.health;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;

/**
 * TLS in front of sipp (whose Debian build has no TLS): socat terminates TLS with a test
 * certificate made at test time by openssl and forwards to sipp's TCP port. Certificates
 * are self-signed, for one DNS name each; {@link #trustStore} makes a PKCS12 trust store
 * of the ones a test trusts.
 */
final class TlsProxy implements AutoCloseable {

	static final String TRUST_STORE_PASSWORD = "test-trust";

	private final Process process;

	private final int port;

	private TlsProxy(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Fails in CI, skips elsewhere, when socat or openssl is missing. */
	static void assumeInstalled() {
		Sipp.assumeInstalled();
		boolean installed = new File("/usr/bin/socat").canExecute() && new File("/usr/bin/openssl").canExecute();
		if (!installed && "required".equals(System.getenv("TRUNKLINE_IT_SIP"))) {
			throw new IllegalStateException("TRUNKLINE_IT_SIP=required but socat or openssl is missing");
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(installed, "socat or openssl missing: TLS tests skipped");
	}

	/** A self-signed certificate and key for one DNS name, as PEM files in a folder. */
	static Path certificate(Path folder, String dnsName) throws Exception {
		Path dir = Files.createDirectories(folder.resolve(dnsName));
		run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + dnsName,
				"-addext", "subjectAltName=DNS:" + dnsName, "-keyout", dir.resolve("key.pem").toString(), "-out",
				dir.resolve("cert.pem").toString());
		return dir;
	}

	/** A PKCS12 trust store of these certificates. */
	static Path trustStore(Path folder, Path... certificates) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		CertificateFactory factory = CertificateFactory.getInstance("X.509");
		for (Path certificate : certificates) {
			try (InputStream in = Files.newInputStream(certificate.resolve("cert.pem"))) {
				store.setCertificateEntry(certificate.getFileName().toString(), factory.generateCertificate(in));
			}
		}
		Path file = folder.resolve("trust.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, TRUST_STORE_PASSWORD.toCharArray());
		}
		return file;
	}

	/**
	 * socat on a free loopback port: TLS with the certificate, forwarded to a TCP port.
	 */
	static TlsProxy start(Path certificate, int tcpPort) throws Exception {
		int port = Sipp.freePort();
		Process process = new ProcessBuilder("socat",
				"OPENSSL-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork,verify=0,cert="
						+ certificate.resolve("cert.pem") + ",key=" + certificate.resolve("key.pem"),
				"TCP:127.0.0.1:" + tcpPort)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("socat ended at once with " + process.exitValue());
			}
			try (Socket socket = new Socket(Sipp.LOOPBACK, port)) {
				return new TlsProxy(process, port);
			}
			catch (IOException ex) {
				Thread.sleep(50);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("socat did not listen on " + port);
	}

	int port() {
		return this.port;
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command[0] + " failed with " + process.exitValue());
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
