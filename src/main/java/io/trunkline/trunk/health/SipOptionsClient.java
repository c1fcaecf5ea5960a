package io.trunkline.trunk.health;

import io.trunkline.trunk.Transport;

import org.springframework.stereotype.Component;

/**
 * Sends one OPTIONS check to a trunk's termination URI over its transport (UDP, TCP or
 * TLS) and waits for its result, at most the transport's timeout. Blocks: call it from a
 * virtual thread.
 */
@Component
class SipOptionsClient {

	private final SipEndpoints endpoints;

	SipOptionsClient(SipEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	CheckResult check(String terminationUri, Transport transport) {
		SipTarget target;
		try {
			target = this.endpoints.target(terminationUri, transport);
		}
		catch (SipTargetRefusedException ex) {
			return CheckResult.refused(ex.getMessage());
		}
		String notSent = this.endpoints.awaitSendSlot(transport);
		if (notSent != null) {
			return CheckResult.failure(notSent);
		}
		SipEndpoint endpoint = this.endpoints.endpoint(transport);
		if (endpoint == null) {
			return CheckResult.failure("This server's SIP stack for " + transport + " did not start");
		}
		SipExchange exchange = endpoint.session(target, () -> {
			try {
				return this.endpoints.await(endpoint, endpoint.send(endpoint.requests().options(target), target),
						transport);
			}
			catch (java.text.ParseException | javax.sip.InvalidArgumentException ex) {
				return SipExchange.failed("The request could not be built for " + target.addressLiteral());
			}
		});
		if (!exchange.isAnswered()) {
			return CheckResult.failure(exchange.failure());
		}
		return CheckResult.ofResponse(exchange.response().getStatusCode(), exchange.response().getReasonPhrase(),
				exchange.rttMs());
	}

}
