package io.trunkline.importer;

import java.time.Instant;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.security.Caller;
import io.trunkline.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each run's record in the database up to date, and records each finished run in
 * the audit trail: one entry with its counts, not one per row.
 */
@Component
@Transactional
class ImportBatches {

	private final ImportBatchRepository repository;

	static final String INTERRUPTED = "The server stopped during this import: the numbers imported before are kept";

	private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

	private final AuditLog audit;

	private final boolean endUnfinishedOnStart;

	ImportBatches(ImportBatchRepository repository, AuditLog audit,
			@Value("${trunkline.import.end-unfinished-on-start:true}") boolean endUnfinishedOnStart) {
		this.repository = repository;
		this.audit = audit;
		this.endUnfinishedOnStart = endUnfinishedOnStart;
	}

	ImportBatch create(ImportPlan plan, ImportMode mode, Caller caller) {
		ImportBatch batch = new ImportBatch();
		batch.organizationId = plan.organizationId();
		batch.startedById = caller.personId();
		batch.startedByEmail = shorten(caller.getName(), ImportBatch.EMAIL_MAX);
		batch.sourceName = shorten(plan.sourceName(), ImportBatch.SOURCE_MAX);
		batch.mode = mode;
		batch.status = ImportStatus.WAITING;
		batch.totalRows = plan.count(null);
		batch.startedAt = Instant.now();
		return this.repository.saveAndFlush(batch);
	}

	/**
	 * After a restart no run of this instance is alive: ends the records of runs that
	 * were waiting or running, keeping what they committed. Off when several instances
	 * share the database ({@code trunkline.import.end-unfinished-on-start=false}), since
	 * another instance's run may still be alive.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void endUnfinished() {
		if (this.endUnfinishedOnStart) {
			int ended = this.repository.endUnfinished(INTERRUPTED, Instant.now());
			if (ended > 0) {
				log.warn("{} import(s) were interrupted by a restart; their committed rows are kept", ended);
			}
		}
	}

	/**
	 * Whom the run of a stored import acts as: a job of the import's organization, for
	 * the person who started it, with the rights an import needs (an agent manager's),
	 * whatever became of the person's own session.
	 */
	@Transactional(readOnly = true)
	Caller.SystemJob caller(long batchId) {
		ImportBatch batch = this.repository.findById(batchId).orElseThrow();
		return Caller.SystemJob.forPerson("import " + batchId, batch.organizationId, batch.startedById,
				batch.startedByEmail, Role.AGENT_MANAGER);
	}

	void running(long batchId) {
		this.repository.findById(batchId).ifPresent((batch) -> batch.status = ImportStatus.RUNNING);
	}

	void finished(ImportJob job) {
		ImportProgress progress = job.progress();
		this.repository.findById(job.batchId()).ifPresent((batch) -> {
			batch.status = job.outcome();
			batch.importedRows = progress.imported();
			batch.skippedRows = progress.skipped();
			batch.message = shorten(progress.message(), ImportBatch.MESSAGE_MAX);
			batch.finishedAt = Instant.now();
			this.audit.record(AuditAction.IMPORT, AuditEntityType.IMPORT, batch.getId(), batch.sourceName,
					Changes.none()
						.set("source", batch.sourceName)
						.set("mode", batch.mode)
						.set("status", batch.status)
						.set("rows", batch.totalRows)
						.set("imported", batch.importedRows)
						.set("skipped", batch.skippedRows));
		});
	}

	private static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
