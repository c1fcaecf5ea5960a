package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One import run in memory: its plan, whose rows it settles, and its progress, read by
 * the page while the run's own thread writes it.
 */
final class ImportJob {

	private final long batchId;

	private final ImportPlan plan;

	private final ImportMode mode;

	private final String startedBy;

	private final int toImport;

	private final AtomicInteger done = new AtomicInteger();

	private volatile ImportStatus status = ImportStatus.WAITING;

	private volatile String message = "";

	private volatile ImportStatus outcome;

	private volatile boolean cancelRequested;

	private volatile long runningSince;

	private volatile long runningNanos;

	private volatile Instant finishedAt;

	ImportJob(long batchId, ImportPlan plan, ImportMode mode, String startedBy) {
		this.batchId = batchId;
		this.plan = plan;
		this.mode = mode;
		this.startedBy = startedBy;
		this.toImport = plan.count(RowStatus.READY);
	}

	long batchId() {
		return this.batchId;
	}

	long organizationId() {
		return this.plan.organizationId();
	}

	ImportPlan plan() {
		return this.plan;
	}

	ImportMode mode() {
		return this.mode;
	}

	ImportStatus status() {
		return this.status;
	}

	/** The rows to write, in their order; taken once, before any is settled. */
	List<ReviewRow> readyRows() {
		return this.plan.all().stream().filter((row) -> row.status() == RowStatus.READY).toList();
	}

	void requestCancel() {
		this.cancelRequested = true;
	}

	boolean cancelRequested() {
		return this.cancelRequested;
	}

	void waitingFor(String message) {
		this.message = message;
	}

	void running() {
		this.message = "";
		this.runningSince = System.nanoTime();
		this.status = ImportStatus.RUNNING;
	}

	void advance(int rows) {
		this.done.addAndGet(rows);
	}

	/** Records how the run ended; the page sees it once {@link #publish} is called. */
	void finish(ImportStatus status, String message) {
		this.runningNanos = (this.runningSince != 0) ? System.nanoTime() - this.runningSince : 0;
		this.message = message;
		this.finishedAt = Instant.now();
		this.outcome = status;
	}

	/** How the run ended, once it has. */
	ImportStatus outcome() {
		return this.outcome;
	}

	/** Shows the end, after its record is stored, so whoever sees it finds the record. */
	void publish() {
		this.status = this.outcome;
	}

	/** When it ended, or {@code null} while it runs. */
	Instant finishedAt() {
		return this.finishedAt;
	}

	ImportProgress progress() {
		ImportCounts counts = this.plan.counts();
		ImportStatus now = this.status;
		long nanos = (this.outcome != null) ? this.runningNanos
				: (this.runningSince != 0) ? System.nanoTime() - this.runningSince : 0;
		double seconds = Duration.ofNanos(nanos).toMillis() / 1000.0;
		int processed = this.done.get();
		double rate = (seconds > 0) ? processed / seconds : 0;
		return new ImportProgress(this.batchId, this.plan.sourceName(), this.startedBy, now, processed, this.toImport,
				counts.of(RowStatus.IMPORTED), counts.skipped(), rate, this.message, true);
	}

}
