package io.trunkline.importer;

import java.util.List;
import java.util.Set;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.organization.OrganizationService;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the ready rows of an import in chunks. Each chunk locks the organization's row,
 * so imports of one organization write one after the other on every instance, checks
 * again which numbers exist by now, and inserts the others in one batch. In
 * all-or-nothing mode every chunk runs in one transaction that is rolled back as a whole.
 */
@Component
class ImportRunner {

	static final int CHUNK = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final String CANCELLED = "Cancelled before this row was imported";

	private final NumberImport numbers;

	private final OrganizationService organizations;

	private final TransactionTemplate transactions;

	private final ConstraintTranslator constraints;

	ImportRunner(NumberImport numbers, OrganizationService organizations, PlatformTransactionManager transactionManager,
			ConstraintTranslator constraints) {
		this.constraints = constraints;
		this.numbers = numbers;
		this.organizations = organizations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Runs the job to its end; never throws, the job tells how it ended. */
	void run(ImportJob job) {
		List<ReviewRow> rows = job.readyRows();
		job.running();
		try {
			if (job.mode() == ImportMode.ALL_OR_NOTHING) {
				allOrNothing(job, rows);
			}
			else {
				readyRows(job, rows);
			}
		}
		catch (DataAccessException ex) {
			log.error("Import {} stopped: {}", job.batchId(), this.constraints.describe(ex));
			stopped(job, rows);
		}
		catch (RuntimeException ex) {
			log.error("Import {} stopped", job.batchId(), ex);
			stopped(job, rows);
		}
	}

	private static void stopped(ImportJob job, List<ReviewRow> rows) {
		rows.stream()
			.filter((row) -> row.status() == RowStatus.READY)
			.forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, "The import stopped on an error"));
		job.finish(ImportStatus.FAILED, "The import stopped on an error; the report says which rows were stored");
	}

	private void readyRows(ImportJob job, List<ReviewRow> rows) {
		for (int start = 0; start < rows.size(); start += CHUNK) {
			List<ReviewRow> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
			if (job.cancelRequested()) {
				rows.subList(start, rows.size()).forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, CANCELLED));
				job.finish(ImportStatus.CANCELLED, "Cancelled: the numbers imported before are kept");
				return;
			}
			writeChunk(job, chunk);
			job.advance(chunk.size());
		}
		job.finish(ImportStatus.DONE, "");
	}

	private void writeChunk(ImportJob job, List<ReviewRow> chunk) {
		try {
			settle(chunk, this.transactions.execute((tx) -> write(job, chunk)));
		}
		catch (DataAccessException first) {
			// a number typed into the form meanwhile: check again and write the rest
			try {
				settle(chunk, this.transactions.execute((tx) -> write(job, chunk)));
			}
			catch (DataAccessException second) {
				log.warn("Import {}: a chunk could not be stored: {}", job.batchId(),
						this.constraints.describe(second));
				chunk.forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, "Could not be stored; try this row again"));
			}
		}
	}

	private void allOrNothing(ImportJob job, List<ReviewRow> rows) {
		String failure = this.transactions.execute((tx) -> {
			for (int start = 0; start < rows.size(); start += CHUNK) {
				if (job.cancelRequested()) {
					tx.setRollbackOnly();
					return null;
				}
				List<ReviewRow> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
				Set<String> present = write(job, chunk);
				if (!present.isEmpty()) {
					tx.setRollbackOnly();
					return firstPresent(chunk, present);
				}
				job.advance(chunk.size());
			}
			return "";
		});
		if (failure == null) {
			rows.forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, "Cancelled: nothing was imported"));
			job.finish(ImportStatus.CANCELLED, "Cancelled: nothing was imported");
		}
		else if (!failure.isEmpty()) {
			rows.forEach((row) -> row.settle(RowStatus.NOT_IMPORTED, "Not imported: " + failure));
			job.finish(ImportStatus.FAILED, failure + ", so nothing was imported");
		}
		else {
			rows.forEach((row) -> row.settle(RowStatus.IMPORTED, null));
			job.finish(ImportStatus.DONE, "");
		}
	}

	/**
	 * Writes the chunk's numbers that are still absent.
	 * @return the numbers that were present by now, not written
	 */
	private Set<String> write(ImportJob job, List<ReviewRow> chunk) {
		this.organizations.lockForWriting(job.organizationId());
		// all or nothing: the caller rolls the whole run back when a number was present
		return this.numbers.insertNew(job.batchId(), chunk.stream().map(ReviewRow::number).toList());
	}

	private static void settle(List<ReviewRow> chunk, Set<String> present) {
		for (ReviewRow row : chunk) {
			if (present.contains(row.normalized())) {
				row.settle(RowStatus.ALREADY_PRESENT, PhoneNumberService.DUPLICATE + " (added while the import ran)");
			}
			else {
				row.settle(RowStatus.IMPORTED, null);
			}
		}
	}

	private static String firstPresent(List<ReviewRow> chunk, Set<String> present) {
		return chunk.stream()
			.filter((row) -> present.contains(row.normalized()))
			.findFirst()
			.map((row) -> "Line " + row.line() + ": " + row.international()
					+ " was added to the organization meanwhile")
			.orElse("A number was added meanwhile");
	}

}
