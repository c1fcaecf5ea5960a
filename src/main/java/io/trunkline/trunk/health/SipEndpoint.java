package io.trunkline.trunk.health;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.SecureAccountManager;
import io.trunkline.trunk.Transport;

/**
 * One JAIN-SIP stack and provider for one transport, sending requests in client
 * transactions and handing back their final responses. Over TLS the stack connects
 * through {@link SipTls}, which verifies the server certificate for the trunk's host.
 */
final class SipEndpoint implements SipListener {

	private record Pending(CompletableFuture<SipExchange> result, long sentAt, SipTarget target,
			ClientTransaction transaction) {
	}

	/** JAIN-SIP's factory keeps stacks by name: each endpoint (each context) its own. */
	private static final AtomicInteger STACKS = new AtomicInteger();

	private final Transport transport;

	private final SipStack stack;

	private final SipProvider provider;

	private final ListeningPoint listeningPoint;

	private final HeaderFactory headers;

	private final SipRequests requests;

	private final SipTls tls;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

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
		this.provider.addSipListener(this);
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
		CompletableFuture<SipExchange> result = new CompletableFuture<>();
		String callId = ((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
		this.pending.put(callId, new Pending(result, System.nanoTime(), target, transaction));
		try {
			transaction.sendRequest();
		}
		catch (SipException ex) {
			this.pending.remove(callId);
			result.complete(SipExchange.failed(noConnection(target, ex)));
		}
		return result;
	}

	private String noConnection(SipTarget target, Exception ex) {
		String tlsReason = (this.transport == Transport.TLS) ? SipTls.reason(ex, target) : null;
		return (tlsReason != null) ? tlsReason
				: "No connection to " + target.addressLiteral() + ":" + target.port() + " over " + this.transport;
	}

	/**
	 * Forgets a request whose caller stopped waiting, and ends its transaction: otherwise
	 * the stack retransmits an unanswered UDP request until Timer F (32 s), long after
	 * the check failed, and a peer that is only slow gets ever more requests.
	 */
	void abandon(CompletableFuture<SipExchange> result) {
		this.pending.values().removeIf((entry) -> {
			if (entry.result() != result) {
				return false;
			}
			try {
				entry.transaction().terminate();
			}
			catch (ObjectInUseException | RuntimeException ex) {
				// already ending
			}
			return true;
		});
	}

	@Override
	public void processResponse(ResponseEvent event) {
		Response response = event.getResponse();
		if (response.getStatusCode() < 200) {
			return;
		}
		CallIdHeader callId = (CallIdHeader) response.getHeader(CallIdHeader.NAME);
		Pending entry = (callId != null) ? this.pending.remove(callId.getCallId()) : null;
		if (entry != null) {
			long rttMs = (System.nanoTime() - entry.sentAt()) / 1_000_000;
			entry.result().complete(SipExchange.answered(response, event.getClientTransaction(), rttMs));
		}
	}

	@Override
	public void processTimeout(TimeoutEvent event) {
		if (event.getClientTransaction() != null) {
			String callId = ((CallIdHeader) event.getClientTransaction().getRequest().getHeader(CallIdHeader.NAME))
				.getCallId();
			Pending entry = this.pending.remove(callId);
			if (entry != null) {
				entry.result().complete(SipExchange.failed("No answer (timeout)"));
			}
		}
	}

	@Override
	public void processIOException(IOExceptionEvent event) {
		this.pending.entrySet().removeIf((item) -> {
			SipTarget target = item.getValue().target();
			boolean same = target.port() == event.getPort()
					&& target.address().getHostAddress().equals(stripBrackets(event.getHost()));
			if (same) {
				item.getValue().result().complete(SipExchange.failed("Connection failed"));
			}
			return same;
		});
	}

	private static String stripBrackets(String host) {
		return (host != null && host.startsWith("[")) ? host.substring(1, host.length() - 1) : host;
	}

	@Override
	public void processRequest(RequestEvent event) {
		// A checker answers no requests; the stack drops them.
	}

	@Override
	public void processTransactionTerminated(TransactionTerminatedEvent event) {
	}

	@Override
	public void processDialogTerminated(DialogTerminatedEvent event) {
	}

	void stop() {
		this.pending.values().forEach((entry) -> entry.result().complete(SipExchange.failed("Stopped")));
		this.stack.stop();
		if (this.tls != null) {
			this.tls.forget(this.stack.getStackName());
		}
	}

}
