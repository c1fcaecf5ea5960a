package io.trunkline.apikey;

import java.time.Instant;

import io.trunkline.security.Role;

/**
 * An API key as the console lists it: never the key, only its public key id.
 *
 * @param createdBy who created it (an email, or an API key's name for the audit trail)
 * @param revokedAt when it was revoked, or {@code null}
 * @param lastUsedAt the last use, written at most once a minute, or {@code null}
 */
public record ApiKeySummary(long id, String name, String keyId, Role role, String createdBy, Instant createdAt,
		Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String lastUsedAddress) {

	static ApiKeySummary of(ApiKey key) {
		return new ApiKeySummary(key.getId(), key.name, key.keyId, key.role, key.createdBy, key.createdAt,
				key.expiresAt, key.revokedAt, key.lastUsedAt, key.lastUsedAddress);
	}

	/** What a key starts with: the prefix and the key id, enough to recognize it. */
	public String prefix() {
		return ApiKeyFormat.PREFIX + this.keyId;
	}

	/**
	 * @return "Active", "Revoked" or "Expired" at that moment
	 */
	public String status(Instant now) {
		if (this.revokedAt != null) {
			return "Revoked";
		}
		return now.isBefore(this.expiresAt) ? "Active" : "Expired";
	}

}
