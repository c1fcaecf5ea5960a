package io.trunkline.trunk.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TLS for the checks ({@code trunkline.sip.tls.*}; see the README).
 *
 * @param timeout how long a TLS check waits (handshake and final response)
 * @param trustStore the certificates trusted for trunks' servers; empty: the JDK's
 * @param trustStorePassword the trust store's password, if it has one
 * @param trustStoreType {@code PKCS12} or {@code JKS}
 */
@ConfigurationProperties("trunkline.sip.tls")
public record SipTlsProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("") String trustStore,
		@DefaultValue("") String trustStorePassword, @DefaultValue("PKCS12") String trustStoreType) {

	@Override
	public String toString() {
		return "SipTlsProperties[timeout=" + this.timeout + ", trustStore=" + this.trustStore + "]";
	}

}
