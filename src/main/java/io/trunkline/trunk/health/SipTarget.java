package io.trunkline.trunk.health;

import java.net.InetAddress;

import io.trunkline.trunk.Transport;

/**
 * Where one check goes: the URI's host as written (for the To header), the one address
 * that was resolved and checked (the packets go there, with no second lookup), the port
 * and the transport.
 */
record SipTarget(String host, InetAddress address, int port, Transport transport) {

	/** The checked address as a SIP host: IPv6 in brackets. */
	String addressLiteral() {
		String literal = this.address.getHostAddress();
		return literal.contains(":") ? "[" + literal + "]" : literal;
	}

}
