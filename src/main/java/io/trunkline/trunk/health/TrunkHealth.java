package io.trunkline.trunk.health;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last check of one trunk and the counters of the Up/Down hysteresis. The row is
 * written by whichever instance ran the check.
 */
@Entity
@Table(name = "trunk_health")
class TrunkHealth extends AbstractEntity {

	@Id
	@Column(name = "trunk_id")
	private Long trunkId;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	TrunkStatus status = TrunkStatus.NOT_CHECKED;

	@Enumerated(EnumType.STRING)
	@Column(name = "last_outcome", length = 16)
	CheckOutcome lastOutcome;

	@Column(name = "last_code")
	Integer lastCode;

	@Column(name = "last_reason", length = 128)
	String lastReason;

	@Column(name = "rtt_ms")
	Integer rttMs;

	@Column(name = "checked_at")
	Instant checkedAt;

	@Column(name = "next_check_at", nullable = false)
	Instant nextCheckAt;

	@Column(name = "down_since")
	Instant downSince;

	@Column(name = "consecutive_failures", nullable = false)
	int consecutiveFailures;

	@Column(name = "consecutive_successes", nullable = false)
	int consecutiveSuccesses;

	@Enumerated(EnumType.STRING)
	@Column(name = "registration_state", length = 16)
	RegistrationState registrationState;

	@Column(name = "registration_code")
	Integer registrationCode;

	@Column(name = "registration_reason", length = 128)
	String registrationReason;

	@Column(name = "registration_description", length = 256)
	String registrationDescription;

	@Column(name = "registration_expires_at")
	Instant registrationExpiresAt;

	@Column(name = "registration_checked_at")
	Instant registrationCheckedAt;

	@Column(name = "next_registration_at")
	Instant nextRegistrationAt;

	/**
	 * When the check in flight claimed the trunk; written only by
	 * {@link TrunkCheckClaims}.
	 */
	@Column(name = "check_started_at", insertable = false, updatable = false)
	Instant checkStartedAt;

	protected TrunkHealth() {
	}

	TrunkHealth(Long trunkId, Long organizationId, Instant nextCheckAt) {
		this.trunkId = trunkId;
		this.organizationId = organizationId;
		this.nextCheckAt = nextCheckAt;
	}

	@Override
	public Long getId() {
		return this.trunkId;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	/**
	 * Counts a result. A trunk's first result sets its status; after that it turns Down
	 * only after {@code downAfter} failures in a row and back from Down only after
	 * {@code upAfter} successes in a row.
	 * @param strict whether a "rejects OPTIONS" answer counts as a failure
	 * @return the status before
	 */
	TrunkStatus apply(CheckResult result, Instant at, int downAfter, int upAfter, boolean strict) {
		TrunkStatus before = this.status;
		boolean reachable = result.outcome() == CheckOutcome.OK
				|| (result.outcome() == CheckOutcome.REJECTS_OPTIONS && !strict);
		if (reachable) {
			this.consecutiveSuccesses++;
			this.consecutiveFailures = 0;
			if (before != TrunkStatus.DOWN || this.consecutiveSuccesses >= upAfter) {
				this.status = (result.outcome() == CheckOutcome.OK) ? TrunkStatus.UP : TrunkStatus.REJECTS_OPTIONS;
			}
		}
		else {
			this.consecutiveFailures++;
			this.consecutiveSuccesses = 0;
			if (before == TrunkStatus.NOT_CHECKED || this.consecutiveFailures >= downAfter) {
				this.status = TrunkStatus.DOWN;
			}
		}
		if (this.status != TrunkStatus.DOWN) {
			this.downSince = null;
		}
		else if (before == TrunkStatus.UP || before == TrunkStatus.REJECTS_OPTIONS) {
			this.downSince = at;
		}
		this.lastOutcome = result.outcome();
		this.lastCode = result.code();
		this.lastReason = result.reason();
		this.rttMs = result.rttMs();
		this.checkedAt = at;
		return before;
	}

	/** Stores a registration check's result. */
	void applyRegistration(RegistrationResult result, Instant at, Instant next) {
		this.registrationState = result.state();
		this.registrationCode = result.code();
		this.registrationReason = result.reason();
		this.registrationDescription = result.description();
		this.registrationExpiresAt = result.expiresAt();
		this.registrationCheckedAt = at;
		this.nextRegistrationAt = next;
	}

	/** Whether the registration is to be checked now. */
	boolean registrationDue(boolean enabled, Instant now) {
		if (!enabled) {
			return this.registrationState != RegistrationState.DISABLED;
		}
		return this.registrationState == null || this.registrationState == RegistrationState.DISABLED
				|| this.nextRegistrationAt == null || !this.nextRegistrationAt.isAfter(now);
	}

}
