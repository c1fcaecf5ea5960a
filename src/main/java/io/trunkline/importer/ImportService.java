package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;

import io.trunkline.base.ControlCharacters;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContexts;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports numbers into the caller's organization: reads the input, runs the dry run, and
 * starts, follows and cancels the import. For admins and agent managers.
 */
@Service
public class ImportService {

	private static final String ALREADY_IMPORTED = "This review was imported already: start a new import";

	private final ImportPlanner planner;

	private final ImportJobs jobs;

	private final ImportBatches batches;

	private final ImportBatchRepository repository;

	private final CurrentUser currentUser;

	private final NumberContexts contexts;

	ImportService(ImportPlanner planner, ImportJobs jobs, ImportBatches batches, ImportBatchRepository repository,
			CurrentUser currentUser, NumberContexts contexts) {
		this.contexts = contexts;
		this.planner = planner;
		this.jobs = jobs;
		this.batches = batches;
		this.repository = repository;
		this.currentUser = currentUser;
	}

	/**
	 * Reads an uploaded CSV file, checking it whatever the browser checked.
	 * @throws FieldException at {@code file} when it cannot be imported, saying why
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public CsvSource readCsv(String fileName, byte[] bytes) {
		return CsvSource.read(
				(fileName != null && !fileName.isBlank()) ? ControlCharacters.replace(fileName) : "upload.csv", bytes);
	}

	/**
	 * Checks a typed number with the number rule of the dry run, before the other steps.
	 * @throws FieldException at {@code number} when it is not a number
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public void checkNumber(String typed) {
		List<FieldError> errors = new ArrayList<>(1);
		NumberChecker.number(typed, false, this.contexts.region(), errors);
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
	}

	/**
	 * The dry run: every row with its verdict. Stores nothing.
	 * @throws FieldException at {@code rows}, or at the carrier's and agents' fields all
	 * at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public ImportPlan plan(String sourceName, List<ImportRow> rows, ImportSettings settings) {
		return plan(sourceName, rows, settings, new AtomicInteger());
	}

	/**
	 * The dry run, counting the rows checked so far in {@code checked} (for a view that
	 * shows the progress while it runs on another thread).
	 * @throws FieldException at {@code rows}, or at the carrier's and agents' fields all
	 * at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public ImportPlan plan(String sourceName, List<ImportRow> rows, ImportSettings settings, AtomicInteger checked) {
		if (rows.isEmpty()) {
			throw new FieldException("rows", ImportErrors.NO_ROWS, "There is no number to import");
		}
		if (rows.size() > ImportLimits.MAX_ROWS) {
			throw new FieldException("rows", ImportErrors.TOO_MANY_ROWS, ImportLimits.TOO_MANY_ROWS);
		}
		return this.planner.plan(ControlCharacters.replace(sourceName), rows, settings, checked);
	}

	/**
	 * Starts importing a reviewed plan in the background. Another import of the
	 * organization that is still running goes first; this one waits for it.
	 * @throws FieldException at {@code mode} when the mode cannot apply to the plan
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public ImportProgress start(ImportPlan plan, ImportMode mode) {
		Caller caller = this.currentUser.requireCaller();
		if (plan.organizationId() != this.currentUser.organizationId()) {
			throw new NotFoundException("Import");
		}
		if (plan.claimed()) {
			throw new FieldException("mode", ImportErrors.ALREADY_IMPORTED, ALREADY_IMPORTED);
		}
		if (mode == ImportMode.ALL_OR_NOTHING && !plan.allReady()) {
			int notReady = plan.count(null) - plan.count(RowStatus.READY);
			throw new FieldException("mode", ImportErrors.ROWS_NOT_READY,
					notReady + (notReady == 1 ? " row is" : " rows are")
							+ " not ready: fix the list, or import the ready rows only");
		}
		if (plan.count(RowStatus.READY) == 0) {
			throw new FieldException("mode", ImportErrors.NO_ROW_READY, "No row is ready to import");
		}
		if (!plan.claim()) {
			throw new FieldException("mode", ImportErrors.ALREADY_IMPORTED, ALREADY_IMPORTED);
		}
		ImportJob job = new ImportJob(this.batches.create(plan, mode, caller).getId(), plan, mode, caller.getName());
		this.jobs.start(job);
		return job.progress();
	}

	/** Where an import of the organization is; the report only while it is kept. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public ImportProgress progress(long batchId) {
		long organizationId = this.currentUser.organizationId();
		return this.jobs.find(batchId, organizationId)
			.map(ImportJob::progress)
			.orElseGet(() -> this.repository.findByIdAndOrganizationId(batchId, organizationId)
				.map(ImportService::stored)
				.orElseThrow(() -> new NotFoundException("Import")));
	}

	/** The rows of an import with their final verdicts, while the report is kept. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public Optional<ImportPlan> report(long batchId) {
		return this.jobs.find(batchId, this.currentUser.organizationId()).map(ImportJob::plan);
	}

	/**
	 * Asks an import to stop after the chunk it is writing; what is committed stays (in
	 * all-or-nothing mode, nothing does).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public void cancel(long batchId) {
		this.jobs.find(batchId, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Import"))
			.requestCancel();
	}

	/** The organization's imports that have not finished, oldest first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public List<ImportProgress> unfinished() {
		return this.jobs.unfinished(this.currentUser.organizationId()).stream().map(ImportJob::progress).toList();
	}

	private static ImportProgress stored(ImportBatch batch) {
		int done = batch.status.finished() ? batch.totalRows : batch.importedRows;
		return new ImportProgress(batch.getId(), batch.sourceName, batch.startedByEmail, batch.status, done,
				batch.totalRows, batch.importedRows, batch.skippedRows, 0, (batch.message != null) ? batch.message : "",
				false);
	}

}
