package io.trunkline.importer;

import java.util.List;

/**
 * An import's dry run, stored: every row with its verdict in the database, read a page at
 * a time through {@link ImportReviews} (so each read is checked and scoped like any
 * other). Until the import starts its counts are those of the dry run; after, the
 * verdicts the run has given so far.
 */
public final class ImportPlan {

	private final long batchId;

	private final String sourceName;

	private final long organizationId;

	private final ImportCounts reviewed;

	private final ImportReviews rows;

	ImportPlan(long batchId, String sourceName, long organizationId, ImportCounts reviewed, ImportReviews rows) {
		this.batchId = batchId;
		this.sourceName = sourceName;
		this.organizationId = organizationId;
		this.reviewed = reviewed;
		this.rows = rows;
	}

	/** The import's id; also the numbers grid's filter once it ran. */
	public long batchId() {
		return this.batchId;
	}

	/** The file name, or what the numbers were typed into. */
	public String sourceName() {
		return this.sourceName;
	}

	long organizationId() {
		return this.organizationId;
	}

	/** The dry run's counts. */
	ImportCounts reviewedCounts() {
		return this.reviewed;
	}

	/** The counts of the verdicts now. */
	public ImportCounts counts() {
		return this.rows.counts(this);
	}

	/** Whether every row was ready in the dry run, as an all-or-nothing import needs. */
	public boolean allReady() {
		return this.reviewed.of(RowStatus.READY) == this.reviewed.total();
	}

	/** A page of the rows with the given verdict, or of all rows for {@code null}. */
	public List<ReviewRow> rows(RowStatus status, int offset, int limit) {
		return this.rows.rows(this, status, offset, limit);
	}

	/**
	 * Up to {@code limit} rows after line {@code afterLine} with the given verdict (all
	 * rows for {@code null}), in line order: a page that stays in place while verdicts
	 * change during the import.
	 */
	public List<ReviewRow> rowsAfter(RowStatus status, int afterLine, int limit) {
		return this.rows.rowsAfter(this, status, afterLine, limit);
	}

	/** How many rows have the given verdict now, or all rows for {@code null}. */
	public int count(RowStatus status) {
		ImportCounts counts = counts();
		return (status != null) ? counts.of(status) : counts.total();
	}

	/** Every row, in line order: for small imports and tests. */
	List<ReviewRow> all() {
		return rows(null, 0, Integer.MAX_VALUE);
	}

}
