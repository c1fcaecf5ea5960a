package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;

/** Waits for a background import, as a person watching the progress would. */
public final class ImportAwait {

	private ImportAwait() {
	}

	public static ImportProgress finished(ImportService imports, long batchId) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(deadline)) {
			ImportProgress progress = imports.progress(batchId);
			if (progress.status().finished()) {
				return progress;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Import " + batchId + " did not finish within 5 minutes");
	}

}
