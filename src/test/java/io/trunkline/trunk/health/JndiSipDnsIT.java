package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;

import io.trunkline.trunk.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 3263 over the wire: {@link JndiSipDns} asks a real DNS server on loopback (dnsmasq)
 * for NAPTR and SRV records, and {@link SipTargets} follows them to the A record and port
 * of the SIP server, as it does with a fake resolver in {@link Rfc3263Test}. The A
 * records are asked of the same server (production asks the system's resolver).
 */
class JndiSipDnsIT {

	private static Dnsmasq dns;

	@BeforeAll
	static void startDns() throws Exception {
		Dnsmasq.assumeInstalled();
		dns = Dnsmasq.start(List.of("--naptr-record=trunk.test,10,50,s,SIP+D2U,,_sip._udp.trunk.test",
				"--naptr-record=trunk.test,20,50,s,SIP+D2T,,_sip._tcp.trunk.test",
				"--srv-host=_sip._udp.trunk.test,sip1.trunk.test,5070,10,60",
				"--srv-host=_sip._tcp.trunk.test,sip2.trunk.test,5080,10,60", "--host-record=sip1.trunk.test,127.0.0.2",
				"--host-record=sip2.trunk.test,127.0.0.3", "--host-record=trunk.test,127.0.0.9",
				"--srv-host=_sip._udp.srv-only.test,sip3.srv-only.test,5090",
				"--host-record=sip3.srv-only.test,127.0.0.4", "--host-record=plain.test,127.0.0.5"));
	}

	@AfterAll
	static void stopDns() throws InterruptedException {
		if (dns != null) {
			dns.close();
		}
	}

	@Test
	void naptr_and_srv_records_are_read_from_the_server() {
		JndiSipDns lookups = new JndiSipDns(dns.jndiUrl());

		assertThat(lookups.naptr("trunk.test")).containsExactlyInAnyOrder(
				new SipDns.Naptr(10, 50, "s", "SIP+D2U", "_sip._udp.trunk.test"),
				new SipDns.Naptr(20, 50, "s", "SIP+D2T", "_sip._tcp.trunk.test"));
		assertThat(lookups.srv("_sip._tcp.trunk.test"))
			.containsExactly(new SipDns.Srv(10, 60, 5080, "sip2.trunk.test"));
	}

	@Test
	void a_uri_without_port_follows_the_naptr_of_its_transport_to_srv_and_a() throws Exception {
		SipTargets targets = targets();

		SipTarget udp = targets.resolve("sip:trunk.test", Transport.UDP);
		SipTarget tcp = targets.resolve("sip:trunk.test", Transport.TCP);

		assertThat(udp.address().getHostAddress()).isEqualTo("127.0.0.2");
		assertThat(udp.port()).isEqualTo(5070);
		assertThat(tcp.address().getHostAddress()).isEqualTo("127.0.0.3");
		assertThat(tcp.port()).isEqualTo(5080);
		assertThat(tcp.host()).isEqualTo("trunk.test");
	}

	@Test
	void without_naptr_srv_is_asked_and_without_either_a_with_the_default_port() throws Exception {
		SipTargets targets = targets();

		SipTarget srvOnly = targets.resolve("sip:srv-only.test", Transport.UDP);
		SipTarget plain = targets.resolve("sip:plain.test", Transport.UDP);

		assertThat(srvOnly.address().getHostAddress()).isEqualTo("127.0.0.4");
		assertThat(srvOnly.port()).isEqualTo(5090);
		assertThat(plain.address().getHostAddress()).isEqualTo("127.0.0.5");
		assertThat(plain.port()).isEqualTo(5060);
	}

	@Test
	void an_explicit_port_means_a_alone() throws Exception {
		SipTarget target = targets().resolve("sip:trunk.test:5099", Transport.UDP);

		assertThat(target.address().getHostAddress()).isEqualTo("127.0.0.9");
		assertThat(target.port()).isEqualTo(5099);
	}

	@Test
	void a_name_without_records_has_none_and_does_not_wait_for_a_timeout() {
		JndiSipDns lookups = new JndiSipDns(dns.jndiUrl());

		long started = System.nanoTime();
		assertThat(lookups.naptr("nothing.test")).isEmpty();
		assertThat(lookups.srv("_sip._udp.nothing.test")).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
	}

	/** SipTargets on the test server, private addresses allowed (these are loopback). */
	private static SipTargets targets() {
		return new SipTargets(true, JndiSipDnsIT::addresses, new JndiSipDns(dns.jndiUrl()));
	}

	/** A records of the test server. */
	private static InetAddress[] addresses(String host) throws UnknownHostException {
		Hashtable<String, String> env = new Hashtable<>();
		env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
		env.put("java.naming.provider.url", dns.jndiUrl());
		try {
			Attribute records = new InitialDirContext(env).getAttributes(host, new String[] { "A" }).get("A");
			List<InetAddress> found = new ArrayList<>();
			NamingEnumeration<?> all = (records != null) ? records.getAll() : null;
			while (all != null && all.hasMore()) {
				found.add(InetAddress.getByName(String.valueOf(all.next())));
			}
			return found.toArray(InetAddress[]::new);
		}
		catch (NamingException ex) {
			throw new UnknownHostException(host);
		}
	}

}
