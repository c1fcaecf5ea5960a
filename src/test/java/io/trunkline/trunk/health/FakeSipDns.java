package io.trunkline.trunk.health;

import java.util.List;
import java.util.Map;

/** NAPTR and SRV records from a map, so that no test asks real DNS. */
record FakeSipDns(Map<String, List<SipDns.Naptr>> naptrs, Map<String, List<SipDns.Srv>> srvs) implements SipDns {

	static final FakeSipDns NONE = new FakeSipDns(Map.of(), Map.of());

	@Override
	public List<Naptr> naptr(String name) {
		return this.naptrs.getOrDefault(name, List.of());
	}

	@Override
	public List<Srv> srv(String name) {
		return this.srvs.getOrDefault(name, List.of());
	}

}
