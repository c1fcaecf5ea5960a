package io.trunkline.trunk.health;

import java.util.List;
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
 * Runs checks, each on a virtual thread as the system job {@code trunk-health} of the
 * trunk's organization, of trunks claimed through {@link TrunkCheckClaims} (one check in
 * flight per trunk across instances), their results stored with the claim's end: one
 * "Check now", or the due trunks in a {@link TrunkCheckRun}.
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

	private final TrunkCheckClaims claims;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	TrunkChecks(TrunkHealthRepository health, TrunkHealthRecorder recorder, SipOptionsClient client,
			SipRegistrar registrar, CurrentUser currentUser, TrunkHealthProperties properties,
			TrunkCheckClaims claims) {
		this.health = health;
		this.recorder = recorder;
		this.client = client;
		this.registrar = registrar;
		this.currentUser = currentUser;
		this.properties = properties;
		this.claims = claims;
	}

	/** Checks the due trunks (see {@link TrunkCheckRun}). */
	void checkDue() {
		new TrunkCheckRun(this, this.health, this.claims, this.properties).run();
	}

	/** Checks a trunk claimed for "Check now" and stores the result, ending the claim. */
	Future<TrunkHealthView> submit(TrunkTarget target, String claim) {
		return this.threads.submit(() -> check(target, claim));
	}

	void start(Runnable check) {
		this.threads.submit(check);
	}

	/**
	 * The OPTIONS exchange and, when due, the registration query, as the trunk's
	 * organization.
	 */
	TrunkHealthRecorder.Checked exchange(TrunkTarget target, boolean registrationDue) {
		CheckResult result = this.client.check(target.terminationUri(), target.transport());
		if (!registrationDue) {
			return new TrunkHealthRecorder.Checked(target, result, null);
		}
		Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
		RegistrationResult registration = this.currentUser.runAs(job, () -> this.registrar.check(target));
		return new TrunkHealthRecorder.Checked(target, result, registration);
	}

	/**
	 * Stores one organization's results of a run, ending the run's claims on them.
	 * @return whether they were stored (not when a trunk was checked on request
	 * meanwhile)
	 */
	boolean recordAll(long organizationId, List<TrunkHealthRecorder.Checked> checked, String run) {
		Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, organizationId, Role.ADMIN);
		try {
			this.currentUser.runAs(job, () -> {
				this.recorder.recordAll(checked, run);
				return null;
			});
			return true;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("A trunk was checked on request meanwhile; these {} results are checked again", checked.size());
			this.claims.release(checked.stream().map((c) -> c.target().trunkId()).toList(), run);
			return false;
		}
	}

	private TrunkHealthView check(TrunkTarget target, String claim) {
		try {
			TrunkHealthRecorder.Checked checked = exchange(target, true);
			Caller.SystemJob job = Caller.SystemJob.forOrganization(JOB, target.organizationId(), Role.ADMIN);
			return this.currentUser.runAs(job,
					() -> this.recorder.record(target, checked.result(), checked.registration(), claim));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("Trunk {} was checked by another instance meanwhile", target.trunkId());
			return null;
		}
		finally {
			this.claims.release(List.of(target.trunkId()), claim);
		}
	}

	/** The check's result, or {@code null} when it was not run or did not end in time. */
	TrunkHealthView await(Future<TrunkHealthView> future) {
		try {
			return future.get(this.claims.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
