package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;

import io.trunkline.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The import runs of this instance: each on a thread of its own, as a job of the
 * organization for the person who started it, one organization's runs one after the
 * other. A finished run's report is kept for a while, then only its record in the
 * database remains.
 */
@Component
class ImportJobs {

	static final Duration KEEP_REPORTS = Duration.ofHours(12);

	static final int KEEP_PER_ORGANIZATION = 5;

	private final Map<Long, ImportJob> jobs = new ConcurrentHashMap<>();

	private final Map<Long, ReentrantLock> organizationLocks = new ConcurrentHashMap<>();

	private final ExecutorService threads = Executors
		.newCachedThreadPool(Thread.ofPlatform().name("import-", 1).daemon(true).factory());

	private final ImportRunner runner;

	private final ImportBatches batches;

	private final CurrentUser currentUser;

	ImportJobs(ImportRunner runner, ImportBatches batches, CurrentUser currentUser) {
		this.runner = runner;
		this.batches = batches;
		this.currentUser = currentUser;
	}

	/**
	 * Starts the job on its own thread. The thread acts as the caller the import's stored
	 * record names ({@link ImportBatches#caller}), not as the session that started it:
	 * signing out, or a change to the person's account, does not stop a run once started.
	 */
	void start(ImportJob job) {
		forgetOld(job.organizationId());
		this.jobs.put(job.batchId(), job);
		this.threads.execute(() -> this.currentUser.runAs(this.batches.caller(job.batchId()), () -> {
			runInTurn(job);
			return null;
		}));
	}

	Optional<ImportJob> find(long batchId, long organizationId) {
		return Optional.ofNullable(this.jobs.get(batchId)).filter((job) -> job.organizationId() == organizationId);
	}

	/** The organization's runs that have not finished, oldest first. */
	List<ImportJob> unfinished(long organizationId) {
		return this.jobs.values()
			.stream()
			.filter((job) -> job.organizationId() == organizationId && !job.status().finished())
			.sorted(Comparator.comparingLong(ImportJob::batchId))
			.toList();
	}

	private boolean startedBefore(ImportJob job) {
		return unfinished(job.organizationId()).stream().anyMatch((other) -> other.batchId() < job.batchId());
	}

	private void runInTurn(ImportJob job) {
		ReentrantLock lock = this.organizationLocks.computeIfAbsent(job.organizationId(),
				(id) -> new ReentrantLock(true));
		try {
			// in the order they were started: an earlier import of the organization goes
			// first
			// even when this one's thread reaches the lock before it
			while (startedBefore(job) || !lock.tryLock(200, TimeUnit.MILLISECONDS)) {
				job.waitingFor("Waiting for another import in this organization to finish");
				if (job.cancelRequested()) {
					cancelBeforeStart(job);
					return;
				}
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			cancelBeforeStart(job);
			return;
		}
		try {
			if (job.cancelRequested()) {
				cancelBeforeStart(job);
				return;
			}
			this.batches.running(job.batchId());
			this.runner.run(job);
			finished(job);
		}
		finally {
			lock.unlock();
		}
	}

	private void cancelBeforeStart(ImportJob job) {
		job.readyRows().forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, "Cancelled before the import started"));
		job.finish(ImportStatus.CANCELLED, "Cancelled before it started: nothing was imported");
		finished(job);
	}

	private void finished(ImportJob job) {
		try {
			this.batches.finished(job);
		}
		finally {
			job.publish();
		}
	}

	private void forgetOld(long organizationId) {
		Instant cutoff = Instant.now().minus(KEEP_REPORTS);
		this.jobs.values().removeIf((job) -> job.finishedAt() != null && job.finishedAt().isBefore(cutoff));
		List<ImportJob> finished = this.jobs.values()
			.stream()
			.filter((job) -> job.organizationId() == organizationId && job.finishedAt() != null)
			.sorted(Comparator.comparing(ImportJob::finishedAt).reversed())
			.toList();
		finished.stream().skip(KEEP_PER_ORGANIZATION - 1).forEach((job) -> this.jobs.remove(job.batchId()));
	}

	@PreDestroy
	void stop() {
		this.jobs.values().forEach(ImportJob::requestCancel);
		this.threads.shutdown();
	}

}
