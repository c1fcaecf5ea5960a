package io.trunkline.trunk.health;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import io.trunkline.trunk.Transport;

/**
 * One JAIN-SIP stack and provider for one transport, sending OPTIONS in client
 * transactions. The request URI carries the checked address, so the stack routes to it
 * without a lookup of its own; the To header names the host as the trunk wrote it.
 */
final class SipEndpoint implements SipListener {

	private record Pending(CompletableFuture<CheckResult> result, long sentAt, SipTarget target) {
	}

	/** JAIN-SIP's factory keeps stacks by name: each endpoint (each context) its own. */
	private static final java.util.concurrent.atomic.AtomicInteger STACKS = new java.util.concurrent.atomic.AtomicInteger();

	private final Transport transport;

	private final SipStack stack;

	private final SipProvider provider;

	private final ListeningPoint listeningPoint;

	private final AddressFactory addresses;

	private final HeaderFactory headers;

	private final MessageFactory messages;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	SipEndpoint(Transport transport, String bindAddress) throws Exception {
		this.transport = transport;
		SipFactory factory = SipFactory.getInstance();
		factory.setPathName("gov.nist");
		this.stack = factory.createSipStack(properties(transport));
		this.addresses = factory.createAddressFactory();
		this.headers = factory.createHeaderFactory();
		this.messages = factory.createMessageFactory();
		this.listeningPoint = this.stack.createListeningPoint(bindAddress, freePort(bindAddress), wireName());
		this.provider = this.stack.createSipProvider(this.listeningPoint);
		this.provider.addSipListener(this);
		this.stack.start();
	}

	private static Properties properties(Transport transport) {
		Properties properties = new Properties();
		properties.setProperty("javax.sip.STACK_NAME",
				"trunkline-health-" + transport.name().toLowerCase(Locale.ROOT) + "-" + STACKS.incrementAndGet());
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

	/** Sends one OPTIONS; the future completes with its final response or a failure. */
	CompletableFuture<CheckResult> options(SipTarget target) {
		CompletableFuture<CheckResult> result = new CompletableFuture<>();
		String callId = null;
		try {
			Request request = request(target);
			callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
			ClientTransaction transaction = this.provider.getNewClientTransaction(request);
			this.pending.put(callId, new Pending(result, System.nanoTime(), target));
			transaction.sendRequest();
		}
		catch (SipException | java.text.ParseException | javax.sip.InvalidArgumentException ex) {
			if (callId != null) {
				this.pending.remove(callId);
			}
			result.complete(CheckResult.failure(
					"No connection to " + target.addressLiteral() + ":" + target.port() + " over " + this.transport));
		}
		return result;
	}

	/** Forgets a request whose caller stopped waiting. */
	void abandon(CompletableFuture<CheckResult> result) {
		this.pending.values().removeIf((entry) -> entry.result() == result);
	}

	private Request request(SipTarget target) throws java.text.ParseException, javax.sip.InvalidArgumentException {
		SipURI requestUri = this.addresses.createSipURI(null, target.addressLiteral());
		requestUri.setPort(target.port());
		requestUri.setTransportParam(wireName());
		String local = this.listeningPoint.getIPAddress();
		Address from = this.addresses.createAddress(this.addresses.createSipURI("trunkline", local));
		SipURI toUri = this.addresses.createSipURI(null,
				target.host().contains(":") ? "[" + target.host() + "]" : target.host());
		Address to = this.addresses.createAddress(toUri);
		Request request = this.messages.createRequest(requestUri, Request.OPTIONS, this.provider.getNewCallId(),
				this.headers.createCSeqHeader(1L, Request.OPTIONS),
				this.headers.createFromHeader(from, Long.toHexString(System.nanoTime())),
				this.headers.createToHeader(to, null),
				List.of(this.headers.createViaHeader(local, this.listeningPoint.getPort(), wireName(), null)),
				this.headers.createMaxForwardsHeader(70));
		request.addHeader(this.headers.createUserAgentHeader(List.of("Trunkline")));
		request.addHeader(this.headers.createAcceptHeader("application", "sdp"));
		return request;
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
			entry.result()
				.complete(CheckResult.ofResponse(response.getStatusCode(), response.getReasonPhrase(), rttMs));
		}
	}

	@Override
	public void processTimeout(TimeoutEvent event) {
		if (event.getClientTransaction() != null) {
			String callId = ((CallIdHeader) event.getClientTransaction().getRequest().getHeader(CallIdHeader.NAME))
				.getCallId();
			Pending entry = this.pending.remove(callId);
			if (entry != null) {
				entry.result().complete(CheckResult.failure("No answer (timeout)"));
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
				item.getValue().result().complete(CheckResult.failure("Connection failed"));
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
		this.pending.values().forEach((entry) -> entry.result().complete(CheckResult.failure("Stopped")));
		this.stack.stop();
	}

}
