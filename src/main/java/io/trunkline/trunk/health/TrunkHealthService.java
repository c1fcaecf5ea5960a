package io.trunkline.trunk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.base.NoCallerCheck;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The health of the organization's SIP trunks: the stored result of their last OPTIONS
 * check, "Check now", and the due checks the scheduled job runs. One check per trunk is
 * in flight on an instance at a time; each runs on a virtual thread as the system job
 * {@code trunk-health} of the trunk's organization.
 */
@Service
public class TrunkHealthService implements DisposableBean {

	static final String JOB = "trunk-health";

	private static final Logger log = LoggerFactory.getLogger(TrunkHealthService.class);

	private final TrunkHealthRepository health;

	private final TrunkHealthRecorder recorder;

	private final SipOptionsClient client;

	private final SipRegistrar registrar;

	private final CurrentUser currentUser;

	private final TrunkHealthProperties properties;

	private final long waitMillis;

	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	private final Map<Long, Instant> lastCheckNow = new ConcurrentHashMap<>();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	TrunkHealthService(TrunkHealthRepository health, TrunkHealthRecorder recorder, SipOptionsClient client,
			SipRegistrar registrar, CurrentUser currentUser, TrunkHealthProperties properties, SipTlsProperties tls) {
		// an OPTIONS and a challenged REGISTER: three exchanges at most, each within its
		// timeout
		this.waitMillis = 3 * Math.max(properties.timeout().toMillis(), tls.timeout().toMillis()) + 5000;
		this.health = health;
		this.recorder = recorder;
		this.client = client;
		this.registrar = registrar;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/** The health of these trunks of the caller's organization, by trunk id. */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, TrunkHealthView> forTrunks(Collection<Long> trunkIds) {
		Map<Long, TrunkHealthView> views = this.health
			.findByOrganizationIdAndTrunkIdIn(this.currentUser.organizationId(), trunkIds)
			.stream()
			.map((row) -> TrunkHealthView.of(row, this.inFlight.contains(row.getId())))
			.collect(Collectors.toMap(TrunkHealthView::trunkId, Function.identity()));
		trunkIds.forEach((id) -> views.computeIfAbsent(id,
				(missing) -> TrunkHealthView.notChecked(missing, this.inFlight.contains(missing))));
		return views;
	}

	/** The registration of these trunks of the caller's organization, by trunk id. */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, RegistrationView> registrations(Collection<Long> trunkIds) {
		Map<Long, RegistrationView> views = this.health
			.findByOrganizationIdAndTrunkIdIn(this.currentUser.organizationId(), trunkIds)
			.stream()
			.map(RegistrationView::of)
			.collect(Collectors.toMap(RegistrationView::trunkId, Function.identity()));
		trunkIds.forEach((id) -> views.computeIfAbsent(id, RegistrationView::notChecked));
		return views;
	}

	/**
	 * Checks a trunk of the caller's organization now (and its registration, when on) and
	 * waits for the result (at most the timeout). Once per trunk per
	 * {@code trunkline.sip.check-now-cooldown}.
	 * @throws NotFoundException for another organization's trunk
	 * @throws CheckTooSoonException when the trunk was checked on request just before
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public TrunkHealthView checkNow(long trunkId) {
		TrunkTarget target = this.health.findTarget(trunkId, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Trunk"));
		Instant now = Instant.now();
		Duration cooldown = this.properties.checkNowCooldown();
		boolean[] allowed = { false };
		this.lastCheckNow.compute(trunkId, (id, last) -> {
			if (last != null && last.plus(cooldown).isAfter(now)) {
				return last;
			}
			allowed[0] = true;
			return now;
		});
		if (!allowed[0]) {
			throw new CheckTooSoonException(cooldown);
		}
		Future<TrunkHealthView> running = this.threads.submit(() -> check(target, true));
		return await(running, target);
	}

	/** Checks every due trunk (at most the batch size), in parallel; for the job. */
	void checkDue() {
		List<Long> due = this.health.findDue(Instant.now(), this.properties.batchSize());
		List<Future<TrunkHealthView>> running = new ArrayList<>();
		for (Long trunkId : due) {
			running.add(this.threads
				.submit(() -> this.health.findTarget(trunkId).map((target) -> check(target, false)).orElse(null)));
		}
		for (Future<TrunkHealthView> future : running) {
			await(future, null);
		}
	}

	private TrunkHealthView check(TrunkTarget target, boolean now) {
		if (!this.inFlight.add(target.trunkId())) {
			return null;
		}
		try {
			CheckResult result = this.client.check(target.terminationUri(), target.transport());
			boolean registrationDue = this.health.findById(target.trunkId())
				.map((row) -> row.registrationDue(target.registration(), Instant.now()))
				.orElse(true);
			Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
			return this.currentUser.runAs(job, () -> {
				RegistrationResult registration = (now || registrationDue) ? this.registrar.check(target) : null;
				return this.recorder.record(target, result, registration);
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("Trunk {} was checked by another instance meanwhile", target.trunkId());
			return null;
		}
		finally {
			this.inFlight.remove(target.trunkId());
		}
	}

	private TrunkHealthView await(Future<TrunkHealthView> future, TrunkTarget target) {
		try {
			TrunkHealthView view = future.get(this.waitMillis, TimeUnit.MILLISECONDS);
			if (view == null && target != null) {
				return forTrunksUnchecked(target.trunkId());
			}
			return view;
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

	private TrunkHealthView forTrunksUnchecked(long trunkId) {
		return this.health.findById(trunkId)
			.map((row) -> TrunkHealthView.of(row, this.inFlight.contains(trunkId)))
			.orElseGet(() -> TrunkHealthView.notChecked(trunkId, this.inFlight.contains(trunkId)));
	}

	@Override
	@NoCallerCheck("Spring calls it at shutdown to stop the check threads")
	public void destroy() {
		this.threads.shutdownNow();
	}

}
