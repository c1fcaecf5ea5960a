package io.trunkline.trunk.health;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ClientTransaction;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.SecureAccountManager;
import io.trunkline.trunk.Transport;

/**
 * One JAIN-SIP stack and provider for one transport, sending requests in client
 * transactions and handing back their final responses (matched by {@link SipResponses}).
 * Over TLS the stack connects through {@link SipTls}, which verifies the server
 * certificate for the trunk's host.
 */
final class SipEndpoint {

	/** JAIN-SIP's factory keeps stacks by name: each endpoint (each context) its own. */
	private static final AtomicInteger STACKS = new AtomicInteger();

	private final Transport transport;

	private final SipStack stack;

	private final SipProvider provider;

	private final ListeningPoint listeningPoint;

	private final HeaderFactory headers;

	private final SipRequests requests;

	private final SipTls tls;

	private final SipResponses responses = new SipResponses();

	SipEndpoint(Transport transport, String bindAddress, SipTls tls) throws Exception {
		this.transport = transport;
		this.tls = tls;
		SipFactory factory = SipFactory.getInstance();
		factory.setPathName("gov.nist");
		String name = "trunkline-health-" + wireName() + "-" + STACKS.incrementAndGet();
		Properties properties = properties(name);
		if (transport == Transport.TLS) {
			tls.configure(name, properties);
		}
		this.stack = factory.createSipStack(properties);
		this.headers = factory.createHeaderFactory();
		this.listeningPoint = this.stack.createListeningPoint(bindAddress, freePort(bindAddress), wireName());
		this.provider = this.stack.createSipProvider(this.listeningPoint);
		this.provider.addSipListener(this.responses);
		this.requests = new SipRequests(factory.createAddressFactory(), this.headers, factory.createMessageFactory(),
				this.provider, this.listeningPoint);
		this.stack.start();
	}

	private static Properties properties(String name) {
		Properties properties = new Properties();
		properties.setProperty("javax.sip.STACK_NAME", name);
		properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
		properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", QuietSipLogs.Stack.class.getName());
		properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", QuietSipLogs.Server.class.getName());
		properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
		properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
		properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
		properties.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
		properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
		return properties;
	}

	/** JAIN-SIP cannot listen on port 0: take a port that is free for UDP and TCP now. */
	private static int freePort(String bindAddress) throws IOException {
		InetAddress address = InetAddress.getByName(bindAddress);
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket tcp = new ServerSocket(0, 1, address);
					DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), address)) {
				return tcp.getLocalPort();
			}
			catch (IOException ex) {
				// taken for UDP: try another
			}
		}
		throw new IOException("No free local port for the SIP stack");
	}

	private String wireName() {
		return this.transport.name().toLowerCase(Locale.ROOT);
	}

	SipRequests requests() {
		return this.requests;
	}

	/**
	 * The retry of a challenged request with an Authorization header, built by JAIN-SIP's
	 * digest helper (MD5 only) from the credentials' HA1; call it once per request.
	 */
	ClientTransaction answer(SipExchange challenged, SecureAccountManager accounts) throws SipException {
		AuthenticationHelper helper = ((SipStackExt) this.stack).getSecureAuthenticationHelper(accounts, this.headers);
		return helper.handleChallenge(challenged.response(), challenged.transaction(), this.provider, 0, true);
	}

	/**
	 * Runs a check's exchanges with a target. Over TLS one check at a time per address
	 * and port, on a connection of its own that is verified for the target's host and
	 * closed afterwards, so no trunk reuses a connection verified for another host name.
	 */
	<T> T session(SipTarget target, java.util.function.Supplier<T> exchanges) {
		if (this.transport != Transport.TLS) {
			return exchanges.get();
		}
		return this.tls.exclusive(target, exchanges);
	}

	/** Sends a request in a new client transaction. */
	CompletableFuture<SipExchange> send(Request request, SipTarget target) {
		try {
			return send(this.provider.getNewClientTransaction(request), target);
		}
		catch (SipException ex) {
			return CompletableFuture.completedFuture(SipExchange.failed(noConnection(target, ex)));
		}
	}

	/** Sends a transaction built elsewhere (a digest retry). */
	CompletableFuture<SipExchange> send(ClientTransaction transaction, SipTarget target) {
		CompletableFuture<SipExchange> result = this.responses.expect(transaction, target);
		try {
			transaction.sendRequest();
		}
		catch (SipException ex) {
			this.responses.notSent(transaction, noConnection(target, ex));
		}
		return result;
	}

	private String noConnection(SipTarget target, Exception ex) {
		String tlsReason = (this.transport == Transport.TLS) ? SipTls.reason(ex, target) : null;
		return (tlsReason != null) ? tlsReason
				: "No connection to " + target.addressLiteral() + ":" + target.port() + " over " + this.transport;
	}

	/**
	 * Forgets a request whose caller stopped waiting (see {@link SipResponses#abandon}).
	 */
	void abandon(CompletableFuture<SipExchange> result) {
		this.responses.abandon(result);
	}

	void stop() {
		this.responses.failAll("Stopped");
		this.stack.stop();
		if (this.tls != null) {
			this.tls.forget(this.stack.getStackName());
		}
	}

}
