package io.trunkline.trunk;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
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
 * A reusable SIP trunk of one organization. The auth password is only ever held as a Tink
 * ciphertext bound to this row and organization.
 */
@Entity
@Table(name = "sip_trunk")
public class SipTrunk extends AbstractEntity {

	public static final int NAME_MAX_LENGTH = 128;

	public static final int USERNAME_MAX_LENGTH = 128;

	public static final int PASSWORD_MAX_LENGTH = 128;

	static final String TABLE = "sip_trunk";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sip_trunk_seq")
	@SequenceGenerator(name = "sip_trunk_seq", sequenceName = "sip_trunk_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	String name;

	@Column(name = "termination_uri", nullable = false, length = TerminationUris.MAX_LENGTH)
	String terminationUri;

	@Enumerated(EnumType.STRING)
	@Column(name = "transport", nullable = false, length = 3)
	Transport transport = Transport.TCP;

	@Column(name = "auth_username", length = USERNAME_MAX_LENGTH)
	String authUsername;

	@Column(name = "auth_password", length = 512)
	String encryptedPassword;

	@Enumerated(EnumType.STRING)
	@Column(name = "media_encryption", nullable = false, length = 7)
	MediaEncryption mediaEncryption = MediaEncryption.ALLOW;

	@Column(name = "registration_enabled", nullable = false)
	boolean registrationEnabled;

	@Column(name = "supports_inbound", nullable = false)
	boolean supportsInbound = true;

	@Column(name = "supports_outbound", nullable = false)
	boolean supportsOutbound = true;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt = Instant.now();

	protected SipTrunk() {
	}

	SipTrunk(Long organizationId) {
		this.organizationId = organizationId;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public String getName() {
		return this.name;
	}

}
