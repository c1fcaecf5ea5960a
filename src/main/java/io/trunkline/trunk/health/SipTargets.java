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
 * Turns a termination URI into a {@link SipTarget}: parsed by JAIN-SIP, its host resolved
 * once (A/AAAA), every address checked by {@link SipTargetAddresses} unless private
 * targets are allowed, and the port limited to 5060, 5061 and 1024-65535.
 */
class SipTargets {

	private final AddressFactory addresses;

	private final boolean allowPrivate;

	private final HostResolver resolver;

	/** Resolves a host name; tests replace it to avoid real DNS. */
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	SipTargets(boolean allowPrivate, HostResolver resolver) {
		this.allowPrivate = allowPrivate;
		this.resolver = resolver;
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
		int port = (uri.getPort() > 0) ? uri.getPort() : (transport == Transport.TLS ? 5061 : 5060);
		if (port != 5060 && port != 5061 && (port < 1024 || port > 65535)) {
			throw new SipTargetRefusedException("Port " + port + " is not checked: use 5060, 5061 or 1024-65535");
		}
		InetAddress[] resolved;
		try {
			resolved = isLiteral(bare) ? new InetAddress[] { InetAddress.getByName(bare) }
					: this.resolver.resolve(bare);
		}
		catch (UnknownHostException ex) {
			throw new SipTargetRefusedException("The host " + bare + " was not found in DNS");
		}
		if (resolved.length == 0) {
			throw new SipTargetRefusedException("The host " + bare + " has no address in DNS");
		}
		if (!this.allowPrivate) {
			for (InetAddress address : resolved) {
				String refusal = SipTargetAddresses.refusal(address);
				if (refusal != null) {
					throw new SipTargetRefusedException("Not checked: " + bare + " resolves to " + refusal + " address "
							+ address.getHostAddress() + ", which this server does not send to");
				}
			}
		}
		return new SipTarget(bare, resolved[0], port, transport);
	}

	/** An IP address as text: read as is, never looked up. */
	private static boolean isLiteral(String host) {
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
