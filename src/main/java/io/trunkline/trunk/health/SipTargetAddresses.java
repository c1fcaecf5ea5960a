package io.trunkline.trunk.health;

import java.net.InetAddress;

import io.trunkline.base.PublicAddresses;

/**
 * Which addresses a tenant may make this server send SIP packets to: public unicast only,
 * by the one rule of {@link PublicAddresses} (the same as for webhook hosts).
 */
final class SipTargetAddresses {

	private SipTargetAddresses() {
	}

	/**
	 * @return why the address is refused, e.g. {@code "private"}, or {@code null} when it
	 * is a public unicast address
	 */
	static String refusal(InetAddress address) {
		PublicAddresses.Scope scope = PublicAddresses.of(address);
		return scope.isPublic() ? null : scope.kind();
	}

}
