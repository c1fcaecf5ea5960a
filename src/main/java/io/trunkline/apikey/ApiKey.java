package io.trunkline.apikey;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import io.trunkline.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An organization's API key: its public key id and the keyed digest of the whole key,
 * never the key itself.
 */
@Entity
@Table(name = "api_key")
class ApiKey extends AbstractEntity {

	static final int NAME_MAX_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
	@SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	Long organizationId;

	@Column(name = "key_id", nullable = false, updatable = false, length = 16)
	String keyId;

	@Column(name = "digest", nullable = false, updatable = false, length = 64)
	String digest;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, updatable = false, length = 20)
	Role role;

	@Column(name = "created_by_id", updatable = false)
	Long createdById;

	@Column(name = "created_by", nullable = false, updatable = false, length = 254)
	String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	Instant expiresAt;

	@Column(name = "revoked_at")
	Instant revokedAt;

	@Column(name = "last_used_at")
	Instant lastUsedAt;

	@Column(name = "last_used_address", length = 45)
	String lastUsedAddress;

	protected ApiKey() {
	}

	ApiKey(long organizationId) {
		this.organizationId = organizationId;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	/**
	 * @return why the key may not be used at that moment, or {@code null} when it may
	 */
	String refusal(Instant now) {
		if (this.revokedAt != null) {
			return "revoked";
		}
		return now.isBefore(this.expiresAt) ? null : "expired";
	}

}
