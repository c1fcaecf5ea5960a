package io.trunkline.trunk.health;

import javax.sip.ClientTransaction;
import javax.sip.message.Response;

/**
 * How one client transaction ended: its final response (with the transaction, for a
 * digest retry) or, without one, what happened in words.
 */
record SipExchange(Response response, ClientTransaction transaction, long rttMs, String failure) {

	static SipExchange answered(Response response, ClientTransaction transaction, long rttMs) {
		return new SipExchange(response, transaction, rttMs, null);
	}

	static SipExchange failed(String what) {
		return new SipExchange(null, null, 0, what);
	}

	boolean isAnswered() {
		return this.response != null;
	}

}
