package io.trunkline.audit;

import io.trunkline.security.UserChanged;
import io.trunkline.security.UserSummary;
import io.trunkline.security.crypto.KeyRotated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the security feature's changes, which it publishes as events (it cannot call
 * the audit trail: the trail depends on it for who is signed in). Listeners run
 * synchronously, inside the change's transaction.
 */
@Component
class SecurityChanges {

	private final AuditLog auditLog;

	SecurityChanges(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void userChanged(UserChanged event) {
		Snapshot after = snapshot(event.after());
		Changes changes = (event.before() == null) ? Changes.created(after)
				: Changes.updated(snapshot(event.before()), after);
		if (event.passwordChanged()) {
			changes.secretChanged("password");
		}
		this.auditLog.write(this.auditLog.currentActor(), event.organizationId(),
				(event.before() == null) ? AuditAction.CREATE : AuditAction.UPDATE, AuditEntityType.USER,
				event.after().id(), event.after().email(), changes);
	}

	/** A key belongs to the whole platform: a platform-level entry. */
	@EventListener
	void keyRotated(KeyRotated event) {
		this.auditLog.write(this.auditLog.currentActor(), null, AuditAction.KEY_ROTATION,
				AuditEntityType.ENCRYPTION_KEY, (long) event.newPrimaryKeyId(), null,
				Changes.none()
					.set("primaryKeyId", event.newPrimaryKeyId())
					.set("reencrypted", event.reencrypted())
					.set("leftUnreadable", event.leftUnreadable()));
	}

	private static Snapshot snapshot(UserSummary user) {
		return new Snapshot().with("email", user.email())
			.with("displayName", user.displayName())
			.with("role", user.role())
			.with("enabled", user.enabled())
			.with("operator", user.operator());
	}

}
