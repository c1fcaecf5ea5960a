package io.trunkline.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.importer.ImportProgress;

/** Where an import is: its status and counts. */
@Schema(name = "ImportJob")
record ImportJobResponse(long id, @Schema(example = "request.csv") String sourceName,
		@Schema(description = "The email of who started it, or api-key:<key id>") String startedBy,
		@Schema(allowableValues = {
				"waiting", "running", "done", "cancelled", "failed" }) String status,
		@Schema(description = "Whether it has ended (done, cancelled or failed)") boolean finished,
		@Schema(description = "Ready rows written so far") int done,
		@Schema(description = "Ready rows to write in all") int toImport,
		@Schema(description = "Rows imported and committed") int imported,
		@Schema(description = "Rows not imported, each with its reason in the rows report") int skipped,
		double rowsPerSecond, @Schema(description = "How it ended, or why it waits; empty otherwise") String message,
		@Schema(description = "Whether GET .../rows still answers (reports are kept for a while)") boolean reportAvailable){

	static ImportJobResponse of(ImportProgress progress) {
		return new ImportJobResponse(progress.batchId(), progress.sourceName(), progress.startedBy(),
				progress.status().name().toLowerCase(Locale.ROOT), progress.status().finished(), progress.done(),
				progress.toImport(), progress.imported(), progress.skipped(), progress.rowsPerSecond(),
				progress.message(), progress.reportAvailable());
	}

}
