package io.trunkline.trunk.health;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Response;

/**
 * The requests of one stack waiting for their final responses, by Call-ID: JAIN-SIP calls
 * this listener with each response, timeout and I/O error, and the waiting exchange is
 * completed with it.
 */
final class SipResponses implements SipListener {

	private record Pending(CompletableFuture<SipExchange> result, long sentAt, SipTarget target,
			ClientTransaction transaction) {
	}

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	/** The exchange that this transaction's final response (or its failure) completes. */
	CompletableFuture<SipExchange> expect(ClientTransaction transaction, SipTarget target) {
		CompletableFuture<SipExchange> result = new CompletableFuture<>();
		this.pending.put(callId(transaction), new Pending(result, System.nanoTime(), target, transaction));
		return result;
	}

	/** Completes a transaction that could not be sent with why not. */
	void notSent(ClientTransaction transaction, String failure) {
		Pending entry = this.pending.remove(callId(transaction));
		if (entry != null) {
			entry.result().complete(SipExchange.failed(failure));
		}
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

	/** Completes every waiting exchange as failed (the stack stops). */
	void failAll(String failure) {
		this.pending.values().forEach((entry) -> entry.result().complete(SipExchange.failed(failure)));
	}

	private static String callId(ClientTransaction transaction) {
		return ((CallIdHeader) transaction.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
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
			Pending entry = this.pending.remove(callId(event.getClientTransaction()));
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

}
