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
import org.springframework.stereotype.Component;

/**
 * Sends one OPTIONS check to a trunk's termination URI and waits for its result, at most
 * the configured timeout. Each transport has its own SIP stack, started on first use; all
 * share one packets-per-second cap. Blocks: call it from a virtual thread.
 */
@Component
class SipOptionsClient implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SipOptionsClient.class);

	private final TrunkHealthProperties properties;

	private final SipTargets targets;

	private final Bucket packets;

	private final Map<Transport, SipEndpoint> endpoints = new EnumMap<>(Transport.class);

	SipOptionsClient(TrunkHealthProperties properties) {
		this.properties = properties;
		this.targets = new SipTargets(properties.allowPrivateTargets(), InetAddress::getAllByName);
		int rate = Math.max(1, properties.packetsPerSecond());
		this.packets = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(rate).refillGreedy(rate, Duration.ofSeconds(1)).build())
			.build();
	}

	CheckResult check(String terminationUri, Transport transport) {
		if (transport == Transport.TLS) {
			return CheckResult.refused("TLS trunks are not checked yet");
		}
		SipTarget target;
		try {
			target = this.targets.resolve(terminationUri, transport);
		}
		catch (SipTargetRefusedException ex) {
			return CheckResult.refused(ex.getMessage());
		}
		try {
			if (!this.packets.asBlocking().tryConsume(1, this.properties.timeout())) {
				return CheckResult.failure("Not sent: this server's packets-per-second limit was reached");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CheckResult.failure("Interrupted");
		}
		SipEndpoint endpoint;
		try {
			endpoint = endpoint(transport);
		}
		catch (Exception ex) {
			log.warn("The {} SIP stack did not start: {}", transport, ex.getClass().getName());
			return CheckResult.failure("This server's SIP stack for " + transport + " did not start");
		}
		CompletableFuture<CheckResult> result = endpoint.options(target);
		try {
			return result.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			endpoint.abandon(result);
			return CheckResult.failure("No answer within " + this.properties.timeout().toSeconds() + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			endpoint.abandon(result);
			return CheckResult.failure("Interrupted");
		}
		catch (ExecutionException ex) {
			return CheckResult.failure("Check failed");
		}
	}

	private synchronized SipEndpoint endpoint(Transport transport) throws Exception {
		SipEndpoint endpoint = this.endpoints.get(transport);
		if (endpoint == null) {
			endpoint = new SipEndpoint(transport, this.properties.bindAddress());
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
