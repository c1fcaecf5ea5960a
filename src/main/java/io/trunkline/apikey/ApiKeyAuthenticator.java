package io.trunkline.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import io.trunkline.audit.ApiKeyRefused;
import io.trunkline.security.Caller;
import io.trunkline.security.crypto.SecretDigest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks a key presented with an API request, before anybody is authenticated (so it is
 * no service with a role check). A key that is unknown, malformed, expired or revoked is
 * refused, and the refusal is published for the audit trail ({@link ApiKeyRefused}); the
 * presented text never leaves this class. A good key's last use is written at most once a
 * minute.
 * <p>
 * No transaction around the check: the read is one statement on its own (autocommit), and
 * the rare write of the last use is a transaction of its own ({@link ApiKeyRepository#
 * markUsed}), so that each request saves the round trips of a transaction begun and
 * committed for one read.
 */
@Component
public class ApiKeyAuthenticator {

	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiKeyRepository keys;

	private final SecretDigest digests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiKeyAuthenticator(ApiKeyRepository keys, SecretDigest digests, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.digests = digests;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * @param presented the key as the request carried it
	 * @param address the client's address, for the last use
	 * @param target the request ("GET /api/v1/..."), for the audit trail of a refusal
	 * @return the key's principal, or empty when the key is refused
	 */
	public Optional<Caller.ApiKey> authenticate(String presented, String address, String target) {
		Optional<String> keyId = ApiKeyFormat.keyIdOf(presented);
		if (keyId.isEmpty()) {
			return refuse(null, null, "malformed", target);
		}
		Optional<ApiKey> found = this.keys.findByKeyId(keyId.get());
		if (found.isEmpty()) {
			return refuse(null, keyId.get(), "unknown", target);
		}
		ApiKey key = found.get();
		if (!this.digests.matches(presented, HexFormat.of().parseHex(key.digest))) {
			return refuse(key, key.keyId, "wrong secret", target);
		}
		Instant now = this.clock.instant();
		String refusal = key.refusal(now);
		if (refusal != null) {
			return refuse(key, key.keyId, refusal, target);
		}
		Instant writtenBefore = now.minus(LAST_USED_PRECISION);
		// Read a moment ago: most requests need no write at all; the update re-checks.
		if (key.lastUsedAt == null || key.lastUsedAt.isBefore(writtenBefore)) {
			this.keys.markUsed(key.getId(), now, address, writtenBefore);
		}
		return Optional.of(new Caller.ApiKey(key.getId(), key.keyId, key.organizationId, key.name, key.role));
	}

	private Optional<Caller.ApiKey> refuse(ApiKey key, String keyId, String reason, String target) {
		this.events.publishEvent(new ApiKeyRefused((key != null) ? key.organizationId : null,
				(key != null) ? key.getId() : null, keyId, reason, target));
		return Optional.empty();
	}

}
