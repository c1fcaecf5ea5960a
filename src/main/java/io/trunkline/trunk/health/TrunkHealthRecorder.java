package io.trunkline.trunk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a check's result and schedules the trunk's next check, in one transaction; a
 * trunk that turns Down from Up (or from "rejects OPTIONS") is an audit entry.
 */
@Component
class TrunkHealthRecorder {

	private final TrunkHealthRepository health;

	private final TrunkHealthProperties properties;

	private final AuditLog auditLog;

	TrunkHealthRecorder(TrunkHealthRepository health, TrunkHealthProperties properties, AuditLog auditLog) {
		this.health = health;
		this.properties = properties;
		this.auditLog = auditLog;
	}

	@Transactional
	public TrunkHealthView record(TrunkTarget target, CheckResult result) {
		Instant now = Instant.now();
		TrunkHealth row = this.health.findById(target.trunkId())
			.orElseGet(() -> new TrunkHealth(target.trunkId(), target.organizationId(), now));
		TrunkStatus before = row.apply(result, now, this.properties.downAfter(), this.properties.upAfter(),
				this.properties.strict());
		row.nextCheckAt = now.plus(this.properties.interval()).plus(jitter());
		TrunkHealth saved = this.health.save(row);
		if ((before == TrunkStatus.UP || before == TrunkStatus.REJECTS_OPTIONS) && saved.status == TrunkStatus.DOWN) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.SIP_TRUNK, target.trunkId(),
					Changes.none()
						.change("health", before.label(), saved.status.label())
						.set("lastResponse", result.describe()));
		}
		return TrunkHealthView.of(saved, false);
	}

	private Duration jitter() {
		long max = this.properties.jitter().toMillis();
		return Duration.ofMillis((max > 0) ? ThreadLocalRandom.current().nextLong(max + 1) : 0);
	}

}
