package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;

/** Waits for a background import, as a person watching the progress would. */
public final class ImportAwait {

	private ImportAwait() {
	}

	public static ImportProgress finished(ImportService imports, long batchId) {
		return finished(imports, batchId, Duration.ofMinutes(5));
	}

	public static ImportProgress finished(ImportService imports, long batchId, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
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
		throw new AssertionError("Import " + batchId + " did not finish within " + timeout.toMinutes() + " minutes");
	}

}
