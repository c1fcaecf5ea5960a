package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.Locale;

import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;

import io.trunkline.trunk.Transport;

/**
 * Turns a termination URI into a {@link SipTarget}: parsed by JAIN-SIP, its host found
 * once as RFC 3263 says ({@link Rfc3263}: NAPTR and SRV where the URI names no port, then
 * A/AAAA), every address checked by {@link SipTargetAddresses} unless private targets are
 * allowed, and the port limited to 5060, 5061 and 1024-65535. The check goes to the
 * address that was checked.
 */
class SipTargets {

	private final AddressFactory addresses;

	private final boolean allowPrivate;

	private final Rfc3263 lookups;

	/** Resolves a host name (A/AAAA); tests replace it to avoid real DNS. */
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	SipTargets(boolean allowPrivate, HostResolver resolver, SipDns dns) {
		this.allowPrivate = allowPrivate;
		this.lookups = new Rfc3263(resolver, dns);
		try {
			this.addresses = SipFactory.getInstance().createAddressFactory();
		}
		catch (PeerUnavailableException ex) {
			throw new IllegalStateException("JAIN-SIP is missing", ex);
		}
	}

	SipTarget resolve(String terminationUri, Transport transport) throws SipTargetRefusedException {
		SipURI uri = parse(terminationUri);
		String host = uri.getHost();
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		int defaultPort = (transport == Transport.TLS) ? 5061 : 5060;
		Rfc3263.Found found;
		if (isLiteral(bare)) {
			found = new Rfc3263.Found(literal(bare), (uri.getPort() > 0) ? uri.getPort() : defaultPort);
		}
		else if (uri.getPort() > 0) {
			found = new Rfc3263.Found(this.lookups.addresses(bare), uri.getPort());
		}
		else {
			found = this.lookups.find(bare, transport, uri.getTransportParam() != null, defaultPort);
		}
		int port = found.port();
		if (port != 5060 && port != 5061 && (port < 1024 || port > 65535)) {
			throw new SipTargetRefusedException("Port " + port + " is not checked: use 5060, 5061 or 1024-65535");
		}
		if (!this.allowPrivate) {
			for (InetAddress address : found.addresses()) {
				String refusal = SipTargetAddresses.refusal(address);
				if (refusal != null) {
					throw new SipTargetRefusedException("Not checked: " + bare + " resolves to " + refusal + " address "
							+ address.getHostAddress() + ", which this server does not send to");
				}
			}
		}
		return new SipTarget(bare, found.addresses()[0], port, transport);
	}

	private static InetAddress[] literal(String bare) throws SipTargetRefusedException {
		try {
			return new InetAddress[] { InetAddress.getByName(bare) };
		}
		catch (UnknownHostException ex) {
			throw new SipTargetRefusedException("The address " + bare + " cannot be read");
		}
	}

	/** An IP address as text: read as is, never looked up. */
	static boolean isLiteral(String host) {
		return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
	}

	private SipURI parse(String terminationUri) throws SipTargetRefusedException {
		String text = terminationUri.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
			text = "sip:" + text;
		}
		try {
			URI uri = this.addresses.createURI(text);
			if (uri instanceof SipURI sip) {
				return sip;
			}
		}
		catch (ParseException ex) {
			// fall through
		}
		throw new SipTargetRefusedException("The termination URI cannot be read as a SIP URI");
	}

}
