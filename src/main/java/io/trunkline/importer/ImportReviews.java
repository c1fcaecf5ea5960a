package io.trunkline.importer;

import java.util.List;

import io.trunkline.base.NotFoundException;
import io.trunkline.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a stored dry run, a page at a time, for the review grid, the API's pages of rows
 * and the reports: every read is role-checked and scoped to the caller's organization,
 * whoever holds the {@link ImportPlan}.
 */
@Service
public class ImportReviews {

	private final ImportBatchRepository repository;

	private final ImportRowStore rows;

	private final CurrentUser currentUser;

	ImportReviews(ImportBatchRepository repository, ImportRowStore rows, CurrentUser currentUser) {
		this.repository = repository;
		this.rows = rows;
		this.currentUser = currentUser;
	}

	/** The counts of a plan's verdicts now. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public ImportCounts counts(ImportPlan plan) {
		ImportBatch batch = this.repository.findShown(plan.batchId(), this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Import"));
		return (batch.status == ImportStatus.REVIEWED) ? plan.reviewedCounts()
				: this.rows.counts(batch.organizationId, batch.getId());
	}

	/** A page of a plan's rows with the verdict (all for {@code null}), in line order. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public List<ReviewRow> rows(ImportPlan plan, RowStatus status, int offset, int limit) {
		return this.rows.page(this.currentUser.organizationId(), plan.batchId(), status, offset, limit);
	}

	/** Up to {@code limit} of a plan's rows after the line, with the verdict. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public List<ReviewRow> rowsAfter(ImportPlan plan, RowStatus status, int afterLine, int limit) {
		return this.rows.after(this.currentUser.organizationId(), plan.batchId(), status, afterLine, limit);
	}

}
