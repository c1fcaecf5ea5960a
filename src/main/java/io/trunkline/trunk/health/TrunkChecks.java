package io.trunkline.trunk.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs checks: one per trunk in flight on this instance at a time, each on a virtual
 * thread as the system job {@code trunk-health} of the trunk's organization, its result
 * stored in a transaction of its own.
 */
@Component
class TrunkChecks implements DisposableBean {

	static final String JOB = "trunk-health";

	/** Results of a run stored in one transaction at most (Hibernate's batch size). */
	static final int RECORD_AT_ONCE = 100;

	private static final long RECORD_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private static final Logger log = LoggerFactory.getLogger(TrunkChecks.class);

	private final TrunkHealthRepository health;

	private final TrunkHealthRecorder recorder;

	private final SipOptionsClient client;

	private final SipRegistrar registrar;

	private final CurrentUser currentUser;

	private final TrunkHealthProperties properties;

	/**
	 * An OPTIONS and a challenged REGISTER: three exchanges at most, each within its
	 * timeout.
	 */
	private final long waitMillis;

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	/** A check of a run that ended: its result, or {@code null} when it failed. */
	private record Finished(TrunkTarget target, TrunkHealthRecorder.Checked checked) {
	}

	TrunkChecks(TrunkHealthRepository health, TrunkHealthRecorder recorder, SipOptionsClient client,
			SipRegistrar registrar, CurrentUser currentUser, TrunkHealthProperties properties, SipTlsProperties tls) {
		this.health = health;
		this.recorder = recorder;
		this.client = client;
		this.registrar = registrar;
		this.waitMillis = 3 * Math.max(properties.timeout().toMillis(), tls.timeout().toMillis()) + 5000;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	boolean checking(long trunkId) {
		return this.inFlight.contains(trunkId);
	}

	Future<TrunkHealthView> submit(TrunkTarget target) {
		return this.threads.submit(() -> check(target, true));
	}

	/**
	 * Checks the due trunks until none is due or one interval has passed, a trunk at most
	 * once per run: up to {@code batch-size} checks in flight, the next due trunks
	 * started as checks end (so a trunk that does not answer holds up its own slot until
	 * its timeout, not a batch of others), their results stored together (one transaction
	 * per organization for up to {@value #RECORD_AT_ONCE} results or {@code 250 ms}).
	 */
	void checkDue() {
		long stopAt = System.nanoTime() + this.properties.interval().toNanos();
		int slots = this.properties.batchSize();
		Set<Long> attempted = new HashSet<>();
		Set<Long> running = new HashSet<>();
		BlockingQueue<Finished> done = new LinkedBlockingQueue<>();
		List<TrunkHealthRecorder.Checked> ready = new ArrayList<>();
		boolean more = true;
		long readySince = 0;
		long lastProgress = System.nanoTime();
		try {
			while (more || !running.isEmpty() || !ready.isEmpty()) {
				if (more && running.size() < slots) {
					more = (System.nanoTime() < stopAt) && start(attempted, running, ready.size(), slots, done);
				}
				Finished finished = running.isEmpty() ? null : done.poll(50, TimeUnit.MILLISECONDS);
				while (finished != null) {
					lastProgress = System.nanoTime();
					running.remove(finished.target().trunkId());
					if (finished.checked() != null) {
						readySince = ready.isEmpty() ? System.nanoTime() : readySince;
						ready.add(finished.checked());
					}
					else {
						this.inFlight.remove(finished.target().trunkId());
					}
					finished = done.poll();
				}
				if (!ready.isEmpty() && (ready.size() >= RECORD_AT_ONCE || running.isEmpty()
						|| System.nanoTime() - readySince > RECORD_AFTER_NANOS)) {
					record(ready);
				}
				if (!running.isEmpty() && System.nanoTime() - lastProgress > this.waitMillis * 1_000_000) {
					log.warn("{} trunk checks did not end in time; they are checked again on a later run",
							running.size());
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			running.forEach(this.inFlight::remove);
			ready.forEach((checked) -> this.inFlight.remove(checked.target().trunkId()));
		}
	}

	/**
	 * Starts checks of the next due trunks in the free slots.
	 * @return whether more may be due (the query found as many as it asked for)
	 */
	private boolean start(Set<Long> attempted, Set<Long> running, int unrecorded, int slots,
			BlockingQueue<Finished> done) {
		int free = slots - running.size();
		int limit = running.size() + unrecorded + free;
		List<Long> due = this.health.findDue(Instant.now(), limit);
		List<Long> fresh = due.stream().filter((id) -> !attempted.contains(id)).limit(free).toList();
		if (fresh.isEmpty()) {
			return false;
		}
		attempted.addAll(fresh);
		List<TrunkTarget> mine = this.health.findTargets(fresh)
			.stream()
			.filter((target) -> this.inFlight.add(target.trunkId()))
			.toList();
		Instant now = Instant.now();
		Map<Long, TrunkHealth> rows = new HashMap<>();
		this.health.findAllById(mine.stream().map(TrunkTarget::trunkId).toList())
			.forEach((row) -> rows.put(row.getId(), row));
		for (TrunkTarget target : mine) {
			TrunkHealth row = rows.get(target.trunkId());
			boolean registrationDue = (row == null) || row.registrationDue(target.registration(), now);
			running.add(target.trunkId());
			this.threads.submit(() -> {
				TrunkHealthRecorder.Checked checked = null;
				try {
					checked = exchange(target, registrationDue);
				}
				catch (RuntimeException ex) {
					log.warn("A trunk check failed: {}", ex.getClass().getName());
				}
				finally {
					done.add(new Finished(target, checked));
				}
			});
		}
		return due.size() >= limit;
	}

	/** Stores these results, one transaction per organization, and ends their checks. */
	private void record(List<TrunkHealthRecorder.Checked> ready) {
		Map<Long, List<TrunkHealthRecorder.Checked>> byOrganization = new HashMap<>();
		ready.forEach((checked) -> byOrganization
			.computeIfAbsent(checked.target().organizationId(), (id) -> new ArrayList<>())
			.add(checked));
		try {
			byOrganization.forEach(this::recordAll);
		}
		finally {
			ready.forEach((checked) -> this.inFlight.remove(checked.target().trunkId()));
			ready.clear();
		}
	}

	/**
	 * The OPTIONS exchange and, when due, the registration query, as the trunk's
	 * organization.
	 */
	private TrunkHealthRecorder.Checked exchange(TrunkTarget target, boolean registrationDue) {
		CheckResult result = this.client.check(target.terminationUri(), target.transport());
		if (!registrationDue) {
			return new TrunkHealthRecorder.Checked(target, result, null);
		}
		Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
		RegistrationResult registration = this.currentUser.runAs(job, () -> this.registrar.check(target));
		return new TrunkHealthRecorder.Checked(target, result, registration);
	}

	private void recordAll(long organizationId, List<TrunkHealthRecorder.Checked> checked) {
		Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, organizationId, Role.ADMIN);
		try {
			this.currentUser.runAs(job, () -> {
				this.recorder.recordAll(checked);
				return null;
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("A trunk was checked on request meanwhile; these {} results are checked again", checked.size());
		}
	}

	private TrunkHealthView check(TrunkTarget target, boolean registrationDue) {
		if (!this.inFlight.add(target.trunkId())) {
			return null;
		}
		try {
			TrunkHealthRecorder.Checked checked = exchange(target, registrationDue);
			Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
			return this.currentUser.runAs(job,
					() -> this.recorder.record(target, checked.result(), checked.registration()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("Trunk {} was checked by another instance meanwhile", target.trunkId());
			return null;
		}
		finally {
			this.inFlight.remove(target.trunkId());
		}
	}

	/** The check's result, or {@code null} when it was not run or did not end in time. */
	TrunkHealthView await(Future<TrunkHealthView> future) {
		try {
			return future.get(this.waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("A trunk check failed: {}", ex.getClass().getName());
			return null;
		}
	}

	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

}
