package io.trunkline.importer;

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

}
