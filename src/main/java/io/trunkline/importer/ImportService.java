package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.function.Function;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.trunkline.base.ControlCharacters;
import io.trunkline.base.Counted;
import io.trunkline.base.FieldError;
import io.trunkline.base.NoCallerCheck;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContexts;
import io.trunkline.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports numbers into the caller's organization: reads the input, runs and stores the
 * dry run, and starts, follows, reports and cancels the import, from any instance. For
 * admins and agent managers.
 */
@Service
public class ImportService {

	private static final String ALREADY_IMPORTED = "This review was imported already: start a new import";

	private final ImportPlanner planner;

	private final ImportBatches batches;

	private final ImportBatchRepository repository;

	private final ImportRowStore rows;

	private final CurrentUser currentUser;

	private final NumberContexts contexts;

	private final SchedulerClient scheduler;

	private final ImportReviews reviews;

	private final ImportLimits limits;

	ImportService(ImportPlanner planner, ImportBatches batches, ImportBatchRepository repository, ImportRowStore rows,
			CurrentUser currentUser, NumberContexts contexts, SchedulerClient scheduler, ImportReviews reviews,
			ImportLimits limits) {
		this.limits = limits;
		this.planner = planner;
		this.batches = batches;
		this.repository = repository;
		this.rows = rows;
		this.currentUser = currentUser;
		this.contexts = contexts;
		this.scheduler = scheduler;
		this.reviews = reviews;
	}

	/**
	 * Reads an uploaded CSV file, checking it whatever the browser checked.
	 * @throws FieldException at {@code file} when it cannot be imported, saying why
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public CsvSource readCsv(String fileName, byte[] bytes) {
		return CsvSource.read(fileName, bytes, this.limits);
	}

	/** How much one import may hold. */
	@NoCallerCheck("the configured limits, the same for everybody, shown in the wizard")
	public ImportLimits limits() {
		return this.limits;
	}

	/**
	 * Reads pasted numbers, one a line, within the limits.
	 * @throws FieldException at {@code pasted} when nothing is there or there is too much
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public List<ImportRow> readPasted(String text) {
		return PastedList.rows(text, this.limits);
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
	 * The dry run: every row with its verdict, stored as a reviewed import (nothing else
	 * is stored).
	 * @throws FieldException at {@code rows}, or at the carrier's and agents' fields all
	 * at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public ImportPlan plan(String sourceName, List<ImportRow> rows, ImportSettings settings) {
		return plan(sourceName, RowSource.of(rows), settings, new AtomicInteger());
	}

	/**
	 * The dry run, counting the rows checked so far in {@code checked} (for a view that
	 * shows the progress while it runs on another thread).
	 * @throws FieldException at {@code rows}, or at the carrier's and agents' fields all
	 * at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public ImportPlan plan(String sourceName, RowSource rows, ImportSettings settings, AtomicInteger checked) {
		if (rows.size() == 0) {
			throw new FieldException("rows", ImportErrors.NO_ROWS, "There is no number to import");
		}
		if (rows.size() > this.limits.maxRows()) {
			throw new FieldException("rows", ImportErrors.TOO_MANY_ROWS, this.limits.tooManyRows());
		}
		long organizationId = this.currentUser.organizationId();
		ImportBatch batch = this.planner.plan(organizationId, ControlCharacters.replace(sourceName), rows, settings,
				this.currentUser.requireCaller(), checked);
		return new ImportPlan(batch.getId(), batch.sourceName, organizationId,
				this.rows.counts(organizationId, batch.getId()), this.reviews);
	}

	/**
	 * A dry run whose review is not kept: {@code answer} reads the plan (its counts and
	 * rows), then everything the dry run stored is rolled back. For callers that answer
	 * the verdicts at once, as the REST API's {@code dry_run}.
	 * @throws FieldException as {@link #plan}
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public <T> T dryRun(String sourceName, List<ImportRow> rows, ImportSettings settings,
			Function<ImportPlan, T> answer) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return answer.apply(plan(sourceName, RowSource.of(rows), settings, new AtomicInteger()));
	}

	/**
	 * The dry run and the start in one transaction: when the import cannot start (all or
	 * nothing with rows that are not ready, no row ready), nothing of it is kept.
	 * @throws FieldException as {@link #plan} and {@link #start}
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public ImportProgress planAndStart(String sourceName, List<ImportRow> rows, ImportSettings settings,
			ImportMode mode) {
		return start(plan(sourceName, RowSource.of(rows), settings, new AtomicInteger()), mode);
	}

	/**
	 * Starts importing a reviewed plan in the background, on whichever instance picks it
	 * up. Another import of the organization that is still running goes first; this one
	 * waits for it.
	 * @throws FieldException at {@code mode} when the mode cannot apply to the plan
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public ImportProgress start(ImportPlan plan, ImportMode mode) {
		long organizationId = this.currentUser.organizationId();
		ImportBatch batch = this.repository.findByIdAndOrganizationId(plan.batchId(), organizationId)
			.orElseThrow(() -> new NotFoundException("Import"));
		if (batch.status != ImportStatus.REVIEWED) {
			throw new FieldException("mode", ImportErrors.ALREADY_IMPORTED, ALREADY_IMPORTED);
		}
		ImportCounts counts = plan.reviewedCounts();
		if (mode == ImportMode.ALL_OR_NOTHING && !plan.allReady()) {
			int notReady = counts.total() - counts.of(RowStatus.READY);
			throw new FieldException("mode", ImportErrors.ROWS_NOT_READY, Counted.of(notReady, "row is", "rows are")
					+ " not ready: fix the list, or import the ready rows only");
		}
		if (counts.of(RowStatus.READY) == 0) {
			throw new FieldException("mode", ImportErrors.NO_ROW_READY, "No row is ready to import");
		}
		if (!this.batches.start(batch.getId(), organizationId, mode)) {
			throw new FieldException("mode", ImportErrors.ALREADY_IMPORTED, ALREADY_IMPORTED);
		}
		ImportRunTask.schedule(this.scheduler, batch.getId());
		return new ImportProgress(batch.getId(), batch.sourceName, batch.startedByEmail, ImportStatus.WAITING, 0,
				counts.of(RowStatus.READY), 0, counts.total() - counts.of(RowStatus.READY), 0, "", true);
	}

	/** Where an import of the organization is, as stored, from any instance. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public ImportProgress progress(long batchId) {
		return ImportProgress.of(find(batchId));
	}

	/** The rows of an import with their verdicts so far, while they are kept. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public Optional<ImportPlan> report(long batchId) {
		long organizationId = this.currentUser.organizationId();
		return this.repository.findByIdAndOrganizationId(batchId, organizationId)
			.filter((batch) -> batch.rowsKept)
			.map((batch) -> new ImportPlan(batch.getId(), batch.sourceName, organizationId,
					this.rows.counts(organizationId, batch.getId()), this.reviews));
	}

	/**
	 * Asks an import to stop after the chunk it is writing, from any instance; what is
	 * committed stays (in all-or-nothing mode, nothing does). One that waits ends at
	 * once.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional
	public void cancel(long batchId) {
		ImportBatch batch = find(batchId);
		if (this.batches.cancel(batch.getId(), batch.organizationId)) {
			this.rows.settleReady(batch.organizationId, batch.getId(), RowStatus.NOT_IMPORTED,
					"Cancelled before the import started");
			ImportBatch ended = this.repository.findById(batchId).orElseThrow();
			this.batches.audited(ended);
		}
	}

	/** The organization's imports that have not finished, oldest first. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(readOnly = true)
	public List<ImportProgress> unfinished() {
		return this.repository.findUnfinished(this.currentUser.organizationId())
			.stream()
			.map(ImportProgress::of)
			.toList();
	}

	private ImportBatch find(long batchId) {
		return this.repository.findShown(batchId, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Import"));
	}

}
