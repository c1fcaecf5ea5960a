package io.trunkline.trunk;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A Twilio account of one organization; its auth token is held only as a ciphertext bound
 * to this row and organization.
 */
@Entity
@Table(name = "twilio_integration")
public class TwilioIntegration extends AbstractEntity {

	public static final int NAME_MAX_LENGTH = 128;

	public static final int TOKEN_MAX_LENGTH = 128;

	static final String TABLE = "twilio_integration";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "twilio_integration_seq")
	@SequenceGenerator(name = "twilio_integration_seq", sequenceName = "twilio_integration_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	String name;

	@Column(name = "account_sid", nullable = false, length = 34)
	String accountSid;

	@Column(name = "auth_token", length = 512)
	String encryptedToken;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt = Instant.now();

	protected TwilioIntegration() {
	}

	TwilioIntegration(Long organizationId) {
		this.organizationId = organizationId;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

}
