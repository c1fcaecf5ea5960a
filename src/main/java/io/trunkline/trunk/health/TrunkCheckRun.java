package io.trunkline.trunk.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the job: checks the due trunks until none is due or one interval has passed,
 * a trunk at most once per run: up to {@code batch-size} checks in flight, the next due
 * trunks claimed and started as checks end (so a trunk that does not answer holds up its
 * own slot until its timeout, not a batch of others), their results stored together (one
 * transaction per organization for up to {@value #RECORD_AT_ONCE} results or
 * {@code 250 ms}). A trunk another check has claimed is passed over.
 */
final class TrunkCheckRun {

	/** Results of a run stored in one transaction at most (Hibernate's batch size). */
	static final int RECORD_AT_ONCE = 100;

	private static final long RECORD_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private static final Logger log = LoggerFactory.getLogger(TrunkCheckRun.class);

	/** A check of the run that ended: its result, or {@code null} when it failed. */
	private record Finished(TrunkTarget target, TrunkHealthRecorder.Checked checked) {
	}

	private final TrunkChecks checks;

	private final TrunkHealthRepository health;

	private final TrunkCheckClaims claims;

	private final TrunkHealthProperties properties;

	private final String run;

	private final Set<Long> attempted = new HashSet<>();

	private final Set<Long> running = new HashSet<>();

	private final BlockingQueue<Finished> done = new LinkedBlockingQueue<>();

	private final List<TrunkHealthRecorder.Checked> ready = new ArrayList<>();

	/** Trunks of the run that are not checked and may still be due. */
	private int passedOver;

	TrunkCheckRun(TrunkChecks checks, TrunkHealthRepository health, TrunkCheckClaims claims,
			TrunkHealthProperties properties) {
		this.checks = checks;
		this.health = health;
		this.claims = claims;
		this.properties = properties;
		this.run = claims.newRun();
	}

	void run() {
		long stopAt = System.nanoTime() + this.properties.interval().toNanos();
		long waitNanos = this.claims.checkTimeout().toNanos();
		boolean more = true;
		long readySince = 0;
		long lastProgress = System.nanoTime();
		try {
			while (more || !this.running.isEmpty() || !this.ready.isEmpty()) {
				if (more && this.running.size() < this.properties.batchSize()) {
					more = (System.nanoTime() < stopAt) && start();
				}
				Finished finished = this.running.isEmpty() ? null : this.done.poll(50, TimeUnit.MILLISECONDS);
				while (finished != null) {
					lastProgress = System.nanoTime();
					this.running.remove(finished.target().trunkId());
					if (finished.checked() != null) {
						readySince = this.ready.isEmpty() ? System.nanoTime() : readySince;
						this.ready.add(finished.checked());
					}
					else {
						this.passedOver++;
						this.claims.release(List.of(finished.target().trunkId()), this.run);
					}
					finished = this.done.poll();
				}
				if (!this.ready.isEmpty() && (this.ready.size() >= RECORD_AT_ONCE || this.running.isEmpty()
						|| System.nanoTime() - readySince > RECORD_AFTER_NANOS)) {
					record();
				}
				if (!this.running.isEmpty() && System.nanoTime() - lastProgress > waitNanos) {
					log.warn("{} trunk checks did not end in time; they are checked again on a later run",
							this.running.size());
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.claims.releaseRun(this.run);
		}
	}

	/**
	 * Claims the next due trunks for the free slots and starts their checks.
	 * @return whether more may be due (the query found as many as it asked for)
	 */
	private boolean start() {
		int free = this.properties.batchSize() - this.running.size();
		int limit = this.running.size() + this.ready.size() + this.passedOver + free;
		List<Long> due = this.health.findDue(Instant.now(), limit);
		List<Long> fresh = due.stream().filter((id) -> !this.attempted.contains(id)).limit(free).toList();
		if (fresh.isEmpty()) {
			return false;
		}
		this.attempted.addAll(fresh);
		List<TrunkTarget> mine = this.health.findTargets(this.claims.claimForRun(fresh, this.run));
		this.passedOver += fresh.size() - mine.size();
		Instant now = Instant.now();
		Map<Long, TrunkHealth> rows = new HashMap<>();
		this.health.findAllById(mine.stream().map(TrunkTarget::trunkId).toList())
			.forEach((row) -> rows.put(row.getId(), row));
		for (TrunkTarget target : mine) {
			TrunkHealth row = rows.get(target.trunkId());
			boolean registrationDue = (row == null) || row.registrationDue(target.registration(), now);
			this.running.add(target.trunkId());
			this.checks.start(() -> {
				TrunkHealthRecorder.Checked checked = null;
				try {
					checked = this.checks.exchange(target, registrationDue);
				}
				catch (RuntimeException ex) {
					log.warn("A trunk check failed: {}", ex.getClass().getName());
				}
				finally {
					this.done.add(new Finished(target, checked));
				}
			});
		}
		return due.size() >= limit;
	}

	/** Stores the results that are ready, one transaction per organization. */
	private void record() {
		Map<Long, List<TrunkHealthRecorder.Checked>> byOrganization = new HashMap<>();
		this.ready.forEach((checked) -> byOrganization
			.computeIfAbsent(checked.target().organizationId(), (id) -> new ArrayList<>())
			.add(checked));
		try {
			byOrganization.forEach((organizationId, checked) -> {
				if (!this.checks.recordAll(organizationId, checked, this.run)) {
					this.passedOver += checked.size();
				}
			});
		}
		finally {
			this.ready.clear();
		}
	}

}
