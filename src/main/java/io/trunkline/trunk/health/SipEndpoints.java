package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.trunkline.trunk.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The checks' SIP stacks, one per transport, started on first use; the target rules (RFC
 * 3263 lookups and the address checks); the timeouts (longer for TLS) and one
 * packets-per-second cap for every request this instance sends.
 */
@Component
class SipEndpoints implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SipEndpoints.class);

	private final TrunkHealthProperties properties;

	private final SipTlsProperties tlsProperties;

	private final SipTargets targets;

	private final Bucket packets;

	private final Map<Transport, SipEndpoint> endpoints = new EnumMap<>(Transport.class);

	private SipTls tls;

	@Autowired
	SipEndpoints(TrunkHealthProperties properties, SipTlsProperties tlsProperties) {
		this(properties, tlsProperties,
				new SipTargets(properties.allowPrivateTargets(), InetAddress::getAllByName, new JndiSipDns()));
	}

	SipEndpoints(TrunkHealthProperties properties, SipTlsProperties tlsProperties, SipTargets targets) {
		this.properties = properties;
		this.tlsProperties = tlsProperties;
		this.targets = targets;
		int rate = Math.max(1, properties.packetsPerSecond());
		this.packets = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(rate).refillGreedy(rate, Duration.ofSeconds(1)).build())
			.build();
	}

	SipTarget target(String terminationUri, Transport transport) throws SipTargetRefusedException {
		return this.targets.resolve(terminationUri, transport);
	}

	Duration timeout(Transport transport) {
		return (transport == Transport.TLS) ? this.tlsProperties.timeout() : this.properties.timeout();
	}

	/** Waits for a send slot under the cap; {@code null} when sent, else why not. */
	String awaitSendSlot(Transport transport) {
		try {
			return this.packets.asBlocking().tryConsume(1, timeout(transport)) ? null
					: "Not sent: this server's packets-per-second limit was reached";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "Interrupted";
		}
	}

	/** Waits for an exchange, at most the transport's timeout. */
	SipExchange await(SipEndpoint endpoint, CompletableFuture<SipExchange> exchange, Transport transport) {
		Duration timeout = timeout(transport);
		try {
			return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			endpoint.abandon(exchange);
			return SipExchange.failed("No answer within " + timeout.toSeconds() + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			endpoint.abandon(exchange);
			return SipExchange.failed("Interrupted");
		}
		catch (ExecutionException ex) {
			return SipExchange.failed("Check failed");
		}
	}

	/** The transport's stack, or {@code null} (logged) when it cannot start. */
	synchronized SipEndpoint endpoint(Transport transport) {
		SipEndpoint endpoint = this.endpoints.get(transport);
		if (endpoint == null) {
			try {
				if (this.tls == null && transport == Transport.TLS) {
					this.tls = new SipTls(this.tlsProperties);
				}
				endpoint = new SipEndpoint(transport, this.properties.bindAddress(), this.tls);
			}
			catch (Exception ex) {
				log.warn("The {} SIP stack did not start: {}", transport, ex.getClass().getName());
				return null;
			}
			this.endpoints.put(transport, endpoint);
		}
		return endpoint;
	}

	@Override
	public synchronized void destroy() {
		this.endpoints.values().forEach(SipEndpoint::stop);
		this.endpoints.clear();
	}

}
