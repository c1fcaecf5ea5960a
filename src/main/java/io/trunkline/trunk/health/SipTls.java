package io.trunkline.trunk.health;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the TLS stack: the trusted certificates (a configured trust store, or the
 * JDK's), the protocols and cipher suites the JDK accepts (JAIN-SIP's defaults are
 * refused by JDK 25), and the server's host name, which JAIN-SIP does not check. Each
 * connection goes to the checked address and is verified by the JDK (endpoint
 * identification as for HTTPS, SNI) for the trunk's host; {@link HostVerifiedTlsPolicy}
 * then refuses a request for another host on it.
 */
final class SipTls {

	private static final Map<String, SipTls> BY_STACK = new ConcurrentHashMap<>();

	private final SSLContext context;

	private final int timeoutMs;

	private final Map<String, String> hosts = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final Map<String, List<Socket>> sockets = new ConcurrentHashMap<>();

	SipTls(SipTlsProperties properties) {
		this.timeoutMs = (int) properties.timeout().toMillis();
		try {
			this.context = context(properties);
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot read the SIP trust store " + properties.trustStore() + ": "
					+ ex.getClass().getSimpleName());
		}
	}

	private static SSLContext context(SipTlsProperties properties) throws GeneralSecurityException, IOException {
		if (properties.trustStore().isBlank()) {
			return SSLContext.getDefault();
		}
		KeyStore store = KeyStore.getInstance(properties.trustStoreType());
		try (InputStream in = Files.newInputStream(Path.of(properties.trustStore()))) {
			store.load(in,
					properties.trustStorePassword().isEmpty() ? null : properties.trustStorePassword().toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	static SipTls forStack(String stackName) {
		SipTls tls = BY_STACK.get(stackName);
		if (tls == null) {
			throw new IllegalStateException("No TLS settings for the SIP stack " + stackName);
		}
		return tls;
	}

	/** Sets a TLS stack's properties and registers it. */
	void configure(String stackName, Properties properties) {
		BY_STACK.put(stackName, this);
		properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", TlsNetworkLayer.class.getName());
		properties.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", HostVerifiedTlsPolicy.class.getName());
		properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3,TLSv1.2");
		properties.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES",
				String.join(",", this.context.getDefaultSSLParameters().getCipherSuites()));
		properties.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", String.valueOf(this.timeoutMs));
	}

	void forget(String stackName) {
		BY_STACK.remove(stackName);
	}

	SSLContext context() {
		return this.context;
	}

	/**
	 * Runs a check alone on its address and port and closes its connections afterwards
	 * (JAIN-SIP's own closeReliableConnection looks TLS channels up under a TCP key and
	 * finds none); the stack replaces a closed cached socket by a new, verified one.
	 */
	<T> T exclusive(SipTarget target, Supplier<T> work) {
		String key = key(target.address(), target.port());
		ReentrantLock lock = this.locks.computeIfAbsent(key, (any) -> new ReentrantLock());
		lock.lock();
		try {
			this.hosts.put(key, target.host());
			return work.get();
		}
		finally {
			List<Socket> open = this.sockets.remove(key);
			if (open != null) {
				open.forEach(SipTls::close);
			}
			this.hosts.remove(key);
			lock.unlock();
		}
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed either way
		}
	}

	/** The host a connection to this address and port is verified for. */
	String hostFor(InetAddress address, int port) {
		return this.hosts.getOrDefault(key(address, port), address.getHostAddress());
	}

	/** A connection to the checked address, verified in the handshake for the host. */
	SSLSocket connect(InetAddress address, int port, InetAddress local) throws IOException {
		String host = hostFor(address, port);
		Socket plain = new Socket();
		if (local != null) {
			plain.bind(new InetSocketAddress(local, 0));
		}
		plain.connect(new InetSocketAddress(address, port), this.timeoutMs);
		SSLSocket socket = (SSLSocket) this.context.getSocketFactory().createSocket(plain, host, port, true);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (!SipTargets.isLiteral(host)) {
			parameters.setServerNames(List.of(new SNIHostName(host)));
		}
		socket.setSSLParameters(parameters);
		this.sockets.computeIfAbsent(key(address, port), (any) -> new java.util.concurrent.CopyOnWriteArrayList<>())
			.add(socket);
		return socket;
	}

	private static String key(InetAddress address, int port) {
		return address.getHostAddress() + "|" + port;
	}

	/** A failed TLS connection in words, or {@code null} when it was no TLS failure. */
	static String reason(Throwable failure, SipTarget target) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (cause instanceof CertificateException || cause instanceof SSLException
					|| cause instanceof SecurityException) {
				if (message.contains("No subject alternative") || message.contains("No name matching")) {
					return "TLS: the server's certificate does not match host " + target.host();
				}
				if (message.contains("PKIX") || message.contains("certification path")) {
					return "TLS: the server's certificate is not trusted";
				}
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException) {
				return "TLS handshake with " + target.addressLiteral() + ":" + target.port() + " failed";
			}
		}
		return null;
	}

}
