package io.trunkline.trunk.health;

import java.util.List;

/**
 * The DNS records RFC 3263 consults before A/AAAA: NAPTR and SRV. Tests replace it; an
 * empty list means no such record (or no answer).
 */
interface SipDns {

	/** One NAPTR record; {@code replacement} without a trailing dot. */
	record Naptr(int order, int preference, String flags, String service, String replacement) {
	}

	/**
	 * One SRV record; {@code target} without a trailing dot ({@code "."} becomes empty).
	 */
	record Srv(int priority, int weight, int port, String target) {
	}

	List<Naptr> naptr(String name);

	List<Srv> srv(String name);

}
