package io.trunkline.trunk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a check's result (or a run's results of one organization), schedules the trunk's
 * next check and ends the check's claim, in one transaction; a trunk that turns Down from
 * Up (or from "rejects OPTIONS") is an audit entry.
 */
@Component
class TrunkHealthRecorder {

	private final TrunkHealthRepository health;

	private final TrunkHealthProperties properties;

	private final RegistrationProperties registration;

	private final AuditLog auditLog;

	private final TrunkCheckClaims claims;

	TrunkHealthRecorder(TrunkHealthRepository health, TrunkHealthProperties properties,
			RegistrationProperties registration, AuditLog auditLog, TrunkCheckClaims claims) {
		this.health = health;
		this.properties = properties;
		this.registration = registration;
		this.auditLog = auditLog;
		this.claims = claims;
	}

	/**
	 * One check's result, and what a run of the job found.
	 *
	 * @param registration {@code null} when the registration was not checked this time
	 */
	record Checked(TrunkTarget target, CheckResult result, RegistrationResult registration) {
	}

	/**
	 * Stores an OPTIONS result and, when one ran, a registration result.
	 * @param registration {@code null} when the registration was not checked this time
	 * @param claim the check's claim on the trunk, ended here
	 */
	@Transactional
	public TrunkHealthView record(TrunkTarget target, CheckResult result, RegistrationResult registration,
			String claim) {
		TrunkHealth row = this.health.findById(target.trunkId())
			.orElseGet(() -> new TrunkHealth(target.trunkId(), target.organizationId(), Instant.now()));
		TrunkHealthView view = TrunkHealthView
			.of(this.health.save(apply(row, new Checked(target, result, registration))), false);
		this.claims.release(List.of(target.trunkId()), claim);
		return view;
	}

	/**
	 * Stores the results of one organization's checks of a run together: one transaction
	 * (batched updates) instead of one per check.
	 * @param run the run whose claims on these trunks end here
	 */
	@Transactional
	public void recordAll(List<Checked> checked, String run) {
		Map<Long, TrunkHealth> rows = this.health
			.findAllById(checked.stream().map((c) -> c.target().trunkId()).toList())
			.stream()
			.collect(Collectors.toMap(TrunkHealth::getId, Function.identity()));
		List<TrunkHealth> changed = checked.stream()
			.map((c) -> apply(rows.computeIfAbsent(c.target().trunkId(),
					(id) -> new TrunkHealth(id, c.target().organizationId(), Instant.now())), c))
			.toList();
		this.health.saveAll(changed);
		this.claims.release(rows.keySet(), run);
	}

	private TrunkHealth apply(TrunkHealth row, Checked checked) {
		Instant now = Instant.now();
		TrunkStatus before = row.apply(checked.result(), now, this.properties.downAfter(), this.properties.upAfter(),
				this.properties.strict());
		row.nextCheckAt = now.plus(this.properties.interval()).plus(jitter());
		if (checked.registration() != null) {
			row.applyRegistration(checked.registration(), now, nextRegistration(checked.registration(), now));
		}
		if ((before == TrunkStatus.UP || before == TrunkStatus.REJECTS_OPTIONS) && row.status == TrunkStatus.DOWN) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.SIP_TRUNK, checked.target().trunkId(),
					Changes.none()
						.change("health", before.label(), row.status.label())
						.set("lastResponse", checked.result().describe()));
		}
		return row;
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
