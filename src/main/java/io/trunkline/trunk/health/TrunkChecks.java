package io.trunkline.trunk.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
	 * Checks the due trunks, a batch at a time (each batch's checks in parallel, their
	 * results stored in one transaction per organization), until none is due or one
	 * interval has passed; a trunk at most once per run.
	 */
	void checkDue() {
		long started = System.nanoTime();
		Set<Long> attempted = new HashSet<>();
		while (System.nanoTime() - started < this.properties.interval().toNanos()) {
			List<Long> due = this.health.findDue(Instant.now(), this.properties.batchSize());
			List<Long> fresh = due.stream().filter(attempted::add).toList();
			if (fresh.isEmpty()) {
				return;
			}
			checkBatch(this.health.findTargets(fresh));
			if (due.size() < this.properties.batchSize()) {
				return;
			}
		}
	}

	private void checkBatch(List<TrunkTarget> targets) {
		List<TrunkTarget> mine = targets.stream().filter((target) -> this.inFlight.add(target.trunkId())).toList();
		try {
			Instant now = Instant.now();
			Map<Long, TrunkHealth> rows = new HashMap<>();
			this.health.findAllById(mine.stream().map(TrunkTarget::trunkId).toList())
				.forEach((row) -> rows.put(row.getId(), row));
			List<Future<TrunkHealthRecorder.Checked>> running = new ArrayList<>();
			for (TrunkTarget target : mine) {
				TrunkHealth row = rows.get(target.trunkId());
				boolean registrationDue = (row == null) || row.registrationDue(target.registration(), now);
				running.add(this.threads.submit(() -> exchange(target, registrationDue)));
			}
			Map<Long, List<TrunkHealthRecorder.Checked>> byOrganization = new HashMap<>();
			for (Future<TrunkHealthRecorder.Checked> future : running) {
				TrunkHealthRecorder.Checked checked = awaitResult(future);
				if (checked != null) {
					byOrganization.computeIfAbsent(checked.target().organizationId(), (id) -> new ArrayList<>())
						.add(checked);
				}
			}
			byOrganization.forEach(this::recordAll);
		}
		finally {
			mine.forEach((target) -> this.inFlight.remove(target.trunkId()));
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

	private <T> T awaitResult(Future<T> future) {
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
