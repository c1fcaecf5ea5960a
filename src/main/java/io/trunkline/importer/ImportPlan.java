package io.trunkline.importer;

import java.util.List;

/**
 * The dry run of an import: every row with its verdict, and what applies to all of them.
 * Nothing of it is stored until the import runs.
 */
public final class ImportPlan {

	private final String sourceName;

	private final long organizationId;

	private final List<ReviewRow> rows;

	private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();

	ImportPlan(String sourceName, long organizationId, List<ReviewRow> rows) {
		this.sourceName = sourceName;
		this.organizationId = organizationId;
		this.rows = List.copyOf(rows);
	}

	/** The file name, or what the numbers were typed into. */
	public String sourceName() {
		return this.sourceName;
	}

	long organizationId() {
		return this.organizationId;
	}

	public ImportCounts counts() {
		return ImportCounts.of(this.rows);
	}

	/** Whether every row is ready, as an all-or-nothing import needs. */
	public boolean allReady() {
		return this.rows.stream().allMatch((row) -> row.status() == RowStatus.READY);
	}

	/** A page of the rows with the given verdict, or of all rows for {@code null}. */
	public List<ReviewRow> rows(RowStatus status, int offset, int limit) {
		return this.rows.stream()
			.filter((row) -> status == null || row.status() == status)
			.skip(offset)
			.limit(limit)
			.toList();
	}

	/**
	 * Up to {@code limit} rows after line {@code afterLine} with the given verdict (all
	 * rows for {@code null}), in line order: a page that stays in place while verdicts
	 * change during the import.
	 */
	public List<ReviewRow> rowsAfter(RowStatus status, int afterLine, int limit) {
		return this.rows.stream()
			.filter((row) -> row.line() > afterLine && (status == null || row.status() == status))
			.limit(limit)
			.toList();
	}

	/** How many rows have the given verdict, or all rows for {@code null}. */
	public int count(RowStatus status) {
		return (status != null) ? counts().of(status) : this.rows.size();
	}

	/** Takes the plan for one import; a plan is imported once. */
	boolean claim() {
		return this.claimed.compareAndSet(false, true);
	}

	boolean claimed() {
		return this.claimed.get();
	}

	List<ReviewRow> all() {
		return this.rows;
	}

}
