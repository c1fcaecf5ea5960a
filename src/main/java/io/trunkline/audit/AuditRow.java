package io.trunkline.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An entry as the audit view and its export show it.
 *
 * @param organizationId {@code null} for a platform-level entry
 * @param userId {@code null} for the system or an unknown email
 * @param entityName what the entity was called then; {@code null} for older entries and
 * for many records at once
 */
public record AuditRow(long id, Instant occurredAt, Long organizationId, Long userId, String userEmail,
		AuditAction action, AuditEntityType entityType, Long entityId, String entityName, List<FieldChange> changes) {

	static AuditRow of(AuditEntry entry) {
		return new AuditRow(entry.getId(), entry.getOccurredAt(), entry.getOrganizationId(), entry.getUserId(),
				entry.getUserEmail(), entry.getAction(), entry.getEntityType(), entry.getEntityId(),
				entry.getEntityName(), ChangesJson.read(entry.getChanges()));
	}

	/**
	 * "SIP trunk Carrier A" as it was called then; "SIP trunk #12" for entries recorded
	 * without a name; just "SIP trunk" for many or none.
	 */
	public String entityText() {
		if (this.entityName != null) {
			return this.entityType.label() + " " + this.entityName;
		}
		return this.entityType.label() + ((this.entityId != null) ? " #" + this.entityId : "");
	}

	/** Every field as "name: old → new", separated by "; ". */
	public String changesText() {
		return this.changes.stream().map(FieldChange::text).collect(Collectors.joining("; "));
	}

}
