package io.trunkline.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditRow;

/** One entry of the audit trail, as the console's audit view shows it. */
@Schema(name = "AuditEntry")
record AuditEntryItem(long id, Instant occurredAt,
		@Schema(description = "The person's id; absent for an API key or the system") Long userId,
		@Schema(description = "The person's email, api-key:<key id>, or system",
				example = "admin@example.com") String userEmail,
		AuditAction action, AuditEntityType entityType, Long entityId,
		@Schema(description = "Each field changed; a secret only says changed") List<Change> changes) {

	static AuditEntryItem of(AuditRow row) {
		return new AuditEntryItem(row.id(), row.occurredAt(), row.userId(), row.userEmail(), row.action(),
				row.entityType(), row.entityId(),
				row.changes()
					.stream()
					.map((change) -> new Change(change.field(), change.oldValue(), change.newValue()))
					.toList());
	}

	/** One field: its value before and after, as text; absent for none. */
	@Schema(name = "AuditChange")
	record Change(@Schema(example = "name") String field, String oldValue, String newValue) {

	}

}
