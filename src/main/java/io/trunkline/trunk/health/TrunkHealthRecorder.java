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

	private final RegistrationProperties registration;

	private final AuditLog auditLog;

	TrunkHealthRecorder(TrunkHealthRepository health, TrunkHealthProperties properties,
			RegistrationProperties registration, AuditLog auditLog) {
		this.health = health;
		this.properties = properties;
		this.registration = registration;
		this.auditLog = auditLog;
	}

	/**
	 * Stores an OPTIONS result and, when one ran, a registration result.
	 * @param registration {@code null} when the registration was not checked this time
	 */
	@Transactional
	public TrunkHealthView record(TrunkTarget target, CheckResult result, RegistrationResult registration) {
		Instant now = Instant.now();
		TrunkHealth row = this.health.findById(target.trunkId())
			.orElseGet(() -> new TrunkHealth(target.trunkId(), target.organizationId(), now));
		TrunkStatus before = row.apply(result, now, this.properties.downAfter(), this.properties.upAfter(),
				this.properties.strict());
		row.nextCheckAt = now.plus(this.properties.interval()).plus(jitter());
		if (registration != null) {
			row.applyRegistration(registration, now, nextRegistration(registration, now));
		}
		TrunkHealth saved = this.health.save(row);
		if ((before == TrunkStatus.UP || before == TrunkStatus.REJECTS_OPTIONS) && saved.status == TrunkStatus.DOWN) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.SIP_TRUNK, target.trunkId(),
					Changes.none()
						.change("health", before.label(), saved.status.label())
						.set("lastResponse", result.describe()));
		}
		return TrunkHealthView.of(saved, false);
	}

	/** The next query: at the interval, or halfway to the binding's expiry if sooner. */
	private Instant nextRegistration(RegistrationResult result, Instant now) {
		Duration next = this.registration.interval();
		if (result.expiresAt() != null) {
			Duration half = Duration.between(now, result.expiresAt()).dividedBy(2);
			next = (half.compareTo(next) < 0) ? half : next;
		}
		Duration least = this.properties.interval();
		return now.plus((next.compareTo(least) < 0) ? least : next);
	}

	private Duration jitter() {
		long max = this.properties.jitter().toMillis();
		return Duration.ofMillis((max > 0) ? ThreadLocalRandom.current().nextLong(max + 1) : 0);
	}

}
