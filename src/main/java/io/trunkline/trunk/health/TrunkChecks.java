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
import io.trunkline.trunk.Transport;
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

	private final CurrentUser currentUser;

	private final TrunkHealthProperties properties;

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	TrunkChecks(TrunkHealthRepository health, TrunkHealthRecorder recorder, SipOptionsClient client,
			CurrentUser currentUser, TrunkHealthProperties properties) {
		this.health = health;
		this.recorder = recorder;
		this.client = client;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	boolean checking(long trunkId) {
		return this.inFlight.contains(trunkId);
	}

	Future<TrunkHealthView> submit(TrunkTarget target) {
		return this.threads.submit(() -> check(target));
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
			List<Future<CheckResult>> running = new ArrayList<>();
			for (TrunkTarget target : mine) {
				running.add(this.threads.submit(() -> this.client.check(target.terminationUri(), target.transport())));
			}
			Map<Long, List<TrunkHealthRecorder.Checked>> byOrganization = new HashMap<>();
			for (int i = 0; i < mine.size(); i++) {
				CheckResult result = awaitResult(running.get(i));
				TrunkTarget target = mine.get(i);
				if (result != null && target.transport() != Transport.TLS) {
					byOrganization.computeIfAbsent(target.organizationId(), (id) -> new ArrayList<>())
						.add(new TrunkHealthRecorder.Checked(target, result));
				}
			}
			byOrganization.forEach(this::recordAll);
		}
		finally {
			mine.forEach((target) -> this.inFlight.remove(target.trunkId()));
		}
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

	private CheckResult awaitResult(Future<CheckResult> future) {
		try {
			return future.get(this.properties.timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
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

	private TrunkHealthView check(TrunkTarget target) {
		if (!this.inFlight.add(target.trunkId())) {
			return null;
		}
		try {
			CheckResult result = this.client.check(target.terminationUri(), target.transport());
			if (result.outcome() == CheckOutcome.REFUSED && target.transport() == Transport.TLS) {
				return new TrunkHealthView(target.trunkId(), TrunkStatus.NOT_CHECKED, result.describe(), null, null,
						null, result.reason(), null);
			}
			Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
			return this.currentUser.runAs(job, () -> this.recorder.record(target, result));
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
			return future.get(this.properties.timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
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
