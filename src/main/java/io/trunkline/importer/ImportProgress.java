package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an import run is, as the page shows it.
 *
 * @param batchId the import's id, also the grid filter for its numbers
 * @param sourceName the file name, or what the numbers were typed into
 * @param startedBy the email of who started it
 * @param status where it is
 * @param done ready rows processed so far
 * @param toImport ready rows to process in all
 * @param imported rows imported and committed
 * @param skipped rows not imported, each with its reason in the report
 * @param rowsPerSecond the rate so far
 * @param message how it ended, or why it waits; empty otherwise
 * @param reportAvailable whether the row report is still held (it is kept for a while
 * after the end)
 */
public record ImportProgress(long batchId, String sourceName, String startedBy, ImportStatus status, int done,
		int toImport, int imported, int skipped, double rowsPerSecond, String message, boolean reportAvailable) {

	static ImportProgress of(ImportBatch batch) {
		int done = batch.status.finished() ? batch.readyRows : batch.processedRows;
		double rate = 0;
		if (batch.runningSince != null) {
			Instant end = (batch.finishedAt != null) ? batch.finishedAt : Instant.now();
			double seconds = Duration.between(batch.runningSince, end).toMillis() / 1000.0;
			rate = (seconds > 0) ? batch.processedRows / seconds : 0;
		}
		return new ImportProgress(batch.getId(), batch.sourceName, batch.startedByEmail, batch.status, done,
				batch.readyRows, batch.importedRows, batch.skippedRows, rate,
				(batch.message != null) ? batch.message : "", batch.rowsKept);
	}

}
