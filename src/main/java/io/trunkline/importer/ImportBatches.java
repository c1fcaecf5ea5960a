package io.trunkline.importer;

import java.time.Instant;

import io.trunkline.security.TrunklineUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each run's record in the database up to date. */
@Component
@Transactional
class ImportBatches {

	private final ImportBatchRepository repository;

	ImportBatches(ImportBatchRepository repository) {
		this.repository = repository;
	}

	ImportBatch create(ImportPlan plan, ImportMode mode, TrunklineUser user) {
		ImportBatch batch = new ImportBatch();
		batch.organizationId = plan.organizationId();
		batch.startedById = user.userId();
		batch.startedByEmail = user.email();
		batch.sourceName = shorten(plan.sourceName(), ImportBatch.SOURCE_MAX);
		batch.mode = mode;
		batch.status = ImportStatus.WAITING;
		batch.totalRows = plan.count(null);
		batch.startedAt = Instant.now();
		return this.repository.saveAndFlush(batch);
	}

	void running(long batchId) {
		this.repository.findById(batchId).ifPresent((batch) -> batch.status = ImportStatus.RUNNING);
	}

	void finished(ImportJob job) {
		ImportProgress progress = job.progress();
		this.repository.findById(job.batchId()).ifPresent((batch) -> {
			batch.status = progress.status();
			batch.importedRows = progress.imported();
			batch.skippedRows = progress.skipped();
			batch.message = shorten(progress.message(), ImportBatch.MESSAGE_MAX);
			batch.finishedAt = Instant.now();
		});
	}

	private static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
