package io.trunkline.trunk.health;

import java.text.ParseException;
import java.util.List;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

/**
 * The requests a checker sends. The request URI carries the checked address, so the stack
 * routes to it without a lookup of its own; To and From name the host as the trunk wrote
 * it. A REGISTER has no Contact: it only queries the bindings (RFC 3261 §10.2.3) and
 * never adds, replaces or removes one.
 */
final class SipRequests {

	private final AddressFactory addresses;

	private final HeaderFactory headers;

	private final MessageFactory messages;

	private final SipProvider provider;

	private final ListeningPoint listeningPoint;

	SipRequests(AddressFactory addresses, HeaderFactory headers, MessageFactory messages, SipProvider provider,
			ListeningPoint listeningPoint) {
		this.addresses = addresses;
		this.headers = headers;
		this.messages = messages;
		this.provider = provider;
		this.listeningPoint = listeningPoint;
	}

	Request options(SipTarget target) throws ParseException, InvalidArgumentException {
		String local = this.listeningPoint.getIPAddress();
		Address from = this.addresses.createAddress(this.addresses.createSipURI("trunkline", local));
		Address to = this.addresses.createAddress(this.addresses.createSipURI(null, hostOf(target)));
		Request request = request(target, Request.OPTIONS, from, to);
		request.addHeader(this.headers.createAcceptHeader("application", "sdp"));
		return request;
	}

	/** A query-only REGISTER for the address of record {@code sip:<username>@<host>}. */
	Request registerQuery(SipTarget target, String username) throws ParseException, InvalidArgumentException {
		Address aor = this.addresses.createAddress(this.addresses.createSipURI(username, hostOf(target)));
		return request(target, Request.REGISTER, aor, aor);
	}

	private Request request(SipTarget target, String method, Address from, Address to)
			throws ParseException, InvalidArgumentException {
		SipURI requestUri = this.addresses.createSipURI(null, target.addressLiteral());
		requestUri.setPort(target.port());
		requestUri.setTransportParam(this.listeningPoint.getTransport());
		Request request = this.messages
			.createRequest(requestUri, method, this.provider.getNewCallId(), this.headers.createCSeqHeader(1L, method),
					this.headers.createFromHeader(from, Long.toHexString(System.nanoTime())),
					this.headers.createToHeader(to, null),
					List.of(this.headers.createViaHeader(this.listeningPoint.getIPAddress(),
							this.listeningPoint.getPort(), this.listeningPoint.getTransport(), null)),
					this.headers.createMaxForwardsHeader(70));
		request.addHeader(this.headers.createUserAgentHeader(List.of("Trunkline")));
		return request;
	}

	private static String hostOf(SipTarget target) {
		return target.host().contains(":") ? "[" + target.host() + "]" : target.host();
	}

}
