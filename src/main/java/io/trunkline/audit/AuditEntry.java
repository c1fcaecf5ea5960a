package io.trunkline.audit;

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
import org.hibernate.annotations.Immutable;

/**
 * One entry of the audit trail. Immutable: it has no setters, Hibernate never updates it
 * ({@code @Immutable}), and the repository can only insert and read.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

	public static final int EMAIL_MAX_LENGTH = 254;

	static final int CHANGES_MAX_LENGTH = 32000;

	static final int ENTITY_NAME_MAX_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
	@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "organization_id", updatable = false)
	private Long organizationId;

	@Column(name = "user_id", updatable = false)
	private Long userId;

	@Column(name = "user_email", length = EMAIL_MAX_LENGTH, updatable = false)
	private String userEmail;

	@Enumerated(EnumType.STRING)
	@Column(name = "action", nullable = false, length = 24, updatable = false)
	private AuditAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "entity_type", nullable = false, length = 32, updatable = false)
	private AuditEntityType entityType;

	@Column(name = "entity_id", updatable = false)
	private Long entityId;

	@Column(name = "entity_name", length = ENTITY_NAME_MAX_LENGTH, updatable = false)
	private String entityName;

	@Column(name = "changes", nullable = false, length = CHANGES_MAX_LENGTH, updatable = false)
	private String changes;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, Long organizationId, Actor actor, AuditAction action, AuditEntityType entityType,
			Long entityId, String entityName, String changes) {
		this.occurredAt = occurredAt;
		this.organizationId = organizationId;
		this.userId = actor.userId();
		this.userEmail = actor.email();
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.entityName = (entityName == null || entityName.length() <= ENTITY_NAME_MAX_LENGTH) ? entityName
				: entityName.substring(0, ENTITY_NAME_MAX_LENGTH - 1) + "…";
		this.changes = changes;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	Long getUserId() {
		return this.userId;
	}

	String getUserEmail() {
		return this.userEmail;
	}

	AuditAction getAction() {
		return this.action;
	}

	AuditEntityType getEntityType() {
		return this.entityType;
	}

	Long getEntityId() {
		return this.entityId;
	}

	String getEntityName() {
		return this.entityName;
	}

	String getChanges() {
		return this.changes;
	}

}
