package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.trunkline.trunk.Transport;

/**
 * Finds a SIP server for a host name with no port in the URI (RFC 3263 §4): without a
 * transport parameter, NAPTR first (the record for the trunk's transport names the SRV
 * name); then SRV ({@code _sip._udp}, {@code _sip._tcp} or {@code _sips._tcp}), lowest
 * priority and highest weight first, the first target that has addresses; without SRV,
 * A/AAAA of the host and the transport's default port. The trunk's transport is fixed by
 * its settings, so NAPTR only points to the SRV name, never chooses the transport.
 */
final class Rfc3263 {

	record Found(InetAddress[] addresses, int port) {
	}

	private final SipTargets.HostResolver resolver;

	private final SipDns dns;

	Rfc3263(SipTargets.HostResolver resolver, SipDns dns) {
		this.resolver = resolver;
		this.dns = dns;
	}

	Found find(String host, Transport transport, boolean explicitTransport, int defaultPort)
			throws SipTargetRefusedException {
		String srvName = explicitTransport ? null : naptrSrvName(host, transport);
		if (srvName == null) {
			srvName = srvPrefix(transport) + host;
		}
		List<SipDns.Srv> records = this.dns.srv(srvName)
			.stream()
			.sorted(Comparator.comparingInt(SipDns.Srv::priority)
				.thenComparing(Comparator.comparingInt(SipDns.Srv::weight).reversed()))
			.toList();
		if (records.isEmpty()) {
			return new Found(addresses(host), defaultPort);
		}
		for (SipDns.Srv record : records) {
			if (record.target().isEmpty()) {
				continue;
			}
			try {
				InetAddress[] found = this.resolver.resolve(record.target());
				if (found.length > 0) {
					return new Found(found, record.port());
				}
			}
			catch (UnknownHostException ex) {
				// the next target
			}
		}
		throw new SipTargetRefusedException(
				"No SIP server of " + host + " (SRV " + srvName + ") has an address in DNS");
	}

	/** A/AAAA of a host name. */
	InetAddress[] addresses(String host) throws SipTargetRefusedException {
		InetAddress[] found;
		try {
			found = this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new SipTargetRefusedException("The host " + host + " was not found in DNS");
		}
		if (found.length == 0) {
			throw new SipTargetRefusedException("The host " + host + " has no address in DNS");
		}
		return found;
	}

	private String naptrSrvName(String host, Transport transport) {
		String service = switch (transport) {
			case UDP -> "SIP+D2U";
			case TCP -> "SIP+D2T";
			case TLS -> "SIPS+D2T";
		};
		return this.dns.naptr(host)
			.stream()
			.filter((record) -> record.service().equalsIgnoreCase(service)
					&& record.flags().toLowerCase(Locale.ROOT).equals("s") && !record.replacement().isEmpty())
			.sorted(Comparator.comparingInt(SipDns.Naptr::order).thenComparingInt(SipDns.Naptr::preference))
			.map(SipDns.Naptr::replacement)
			.findFirst()
			.orElse(null);
	}

	private static String srvPrefix(Transport transport) {
		return switch (transport) {
			case UDP -> "_sip._udp.";
			case TCP -> "_sip._tcp.";
			case TLS -> "_sips._tcp.";
		};
	}

}
