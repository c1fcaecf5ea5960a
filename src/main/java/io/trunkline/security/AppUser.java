package io.trunkline.security;

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
 * A person who signs in to one organization with one role.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

	public static final int EMAIL_MAX_LENGTH = 254;

	public static final int DISPLAY_NAME_MAX_LENGTH = 128;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
	@SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(name = "email", nullable = false, length = EMAIL_MAX_LENGTH)
	private String email;

	@Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Role role;

	@Column(name = "operator", nullable = false)
	private boolean operator;

	@Column(name = "enabled", nullable = false)
	private boolean enabled = true;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected AppUser() {
	}

	AppUser(Long organizationId, String email, String displayName, String passwordHash, Role role) {
		this.organizationId = organizationId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isOperator() {
		return this.operator;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	void setRole(Role role) {
		this.role = role;
	}

	void setOperator(boolean operator) {
		this.operator = operator;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPassword(String passwordHash, boolean changeRequired) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = changeRequired;
	}

}
