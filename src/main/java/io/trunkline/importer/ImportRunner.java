package io.trunkline.importer;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldException;
import io.trunkline.importer.ChunkWriter.Written;
import io.trunkline.importer.ReadAhead.Chunk;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a stored import: checks its ready rows again (a trunk or agent may be gone by now)
 * and writes them in chunks. In ready-rows mode each chunk commits with the verdicts of
 * its rows not imported, the counts and the cursor (which makes the rows up to it that
 * are still ready imported, see {@link ImportRowStore}), so a run revived on another
 * instance goes on after the last committed chunk. In all-or-nothing mode the whole run
 * is one transaction, which sets the cursor after the last row; a revived run starts
 * again from the first row. Each chunk locks the organization's row, so imports and edits
 * of one organization write one after the other on every instance.
 */
@Component
class ImportRunner {

	static final int CHUNK = 5000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final String CANCELLED = "Cancelled before this row was imported";

	private static final String WAITING = "Waiting for another import in this organization to finish";

	private final ChunkWriter writer;

	private final ImportBatches batches;

	private final ImportBatchRepository repository;

	private final ImportRowStore rows;

	private final ImportPlanner planner;

	private final TransactionTemplate transactions;

	private final ConstraintTranslator constraints;

	// reads the next chunk while one is written (ReadAhead)
	private final ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor();

	ImportRunner(ChunkWriter writer, ImportBatches batches, ImportBatchRepository repository, ImportRowStore rows,
			ImportPlanner planner, PlatformTransactionManager transactionManager, ConstraintTranslator constraints) {
		this.writer = writer;
		this.batches = batches;
		this.repository = repository;
		this.rows = rows;
		this.planner = planner;
		this.transactions = new TransactionTemplate(transactionManager);
		this.constraints = constraints;
	}

	@PreDestroy
	void stop() {
		this.reader.shutdownNow();
	}

	/**
	 * Runs the import to its end, or not at all while an older import of its organization
	 * has not ended. Never throws: the stored import tells how it ended.
	 * @return whether it has to wait for its turn (run it again later)
	 */
	boolean run(long batchId) {
		ImportBatch batch = this.repository.findById(batchId).orElse(null);
		if (batch == null || batch.status.finished() || batch.status == ImportStatus.REVIEWED) {
			return false;
		}
		Long next = this.batches.next(batch.organizationId);
		if (next != null && next != batchId) {
			this.batches.waiting(batchId, WAITING);
			return true;
		}
		boolean allOrNothing = batch.mode == ImportMode.ALL_OR_NOTHING;
		this.batches.running(batchId, allOrNothing);
		try {
			RowCheck check = this.planner.check(ImportBatches.settings(batch));
			if (allOrNothing) {
				allOrNothing(batch, check);
			}
			else {
				readyRows(batch, check);
			}
		}
		catch (FieldException ex) {
			String reason = "Not imported: " + ex.getMessage();
			end(batch, ImportStatus.FAILED, RowStatus.NOT_IMPORTED, reason,
					"The trunk or the agents of this import are no longer valid: " + ex.getMessage());
		}
		catch (DataAccessException ex) {
			log.error("Import {} stopped: {}", batchId, this.constraints.describe(ex));
			end(batch, ImportStatus.FAILED, RowStatus.NOT_IMPORTED, "The import stopped on an error",
					"The import stopped on an error; the report says which rows were stored");
		}
		catch (RuntimeException ex) {
			log.error("Import {} stopped", batchId, ex);
			end(batch, ImportStatus.FAILED, RowStatus.NOT_IMPORTED, "The import stopped on an error",
					"The import stopped on an error; the report says which rows were stored");
		}
		return false;
	}

	private void readyRows(ImportBatch batch, RowCheck check) {
		int cursor = batch.cursorLine;
		if (cursor > 0) {
			log.info("Import {} goes on after line {}: its run was revived after the instance running it stopped",
					batch.getId(), cursor);
		}
		try (ReadAhead chunks = new ReadAhead(this.rows, check, batch, this.reader, cursor)) {
			while (true) {
				if (this.batches.cancelRequested(batch.getId())) {
					end(batch, ImportStatus.CANCELLED, RowStatus.NOT_IMPORTED, CANCELLED,
							"Cancelled: the numbers imported before are kept");
					return;
				}
				Chunk chunk = chunks.take();
				if (chunk.rows().isEmpty()) {
					end(batch, ImportStatus.DONE, RowStatus.NOT_IMPORTED, "", "");
					return;
				}
				writeChunk(batch, chunk);
			}
		}
	}

	private void writeChunk(ImportBatch batch, Chunk chunk) {
		try {
			this.transactions.executeWithoutResult((tx) -> commitChunk(batch, chunk));
		}
		catch (DataAccessException first) {
			// a number typed into the form meanwhile: write the rest
			try {
				this.transactions.executeWithoutResult((tx) -> commitChunk(batch, chunk));
			}
			catch (DataAccessException second) {
				log.warn("Import {}: a chunk could not be stored: {}", batch.getId(),
						this.constraints.describe(second));
				this.transactions.executeWithoutResult((tx) -> {
					List<ReviewRow> failed = chunk.rows()
						.stream()
						.map((row) -> ReviewRow.stored(row.line(), row.cells().number(), null, null, row.cells().name(),
								RowStatus.NOT_IMPORTED, "Could not be stored; try this row again"))
						.toList();
					this.rows.settle(batch.getId(), failed);
					this.batches.advance(batch.getId(), chunk.lastLine(), chunk.rows().size(), 0, chunk.rows().size());
				});
			}
		}
	}

	private void commitChunk(ImportBatch batch, Chunk chunk) {
		Written written = this.writer.write(batch, chunk.checked());
		this.rows.settle(batch.getId(), written.notImported());
		int imported = written.imported();
		this.batches.advance(batch.getId(), chunk.lastLine(), chunk.rows().size(), imported,
				chunk.rows().size() - imported);
	}

	private void allOrNothing(ImportBatch batch, RowCheck check) {
		String failure;
		try (ReadAhead chunks = new ReadAhead(this.rows, check, batch, this.reader, 0)) {
			failure = this.transactions.execute((tx) -> {
				int cursor = 0;
				int processed = 0;
				while (true) {
					if (this.batches.cancelRequested(batch.getId())) {
						tx.setRollbackOnly();
						return null;
					}
					Chunk chunk = chunks.take();
					if (chunk.rows().isEmpty()) {
						// every ready row is imported: after the last progress,
						// which commits on its own and updates the same import
						this.batches.importedThrough(batch.getId(), cursor);
						return "";
					}
					Written written = this.writer.write(batch, chunk.checked());
					ReviewRow notImported = written.rows()
						.stream()
						.filter((row) -> row.status() != RowStatus.IMPORTED)
						.findFirst()
						.orElse(null);
					if (notImported != null) {
						tx.setRollbackOnly();
						return "Line " + notImported.line() + ": "
								+ ((notImported.status() == RowStatus.ALREADY_PRESENT)
										? notImported.international() + " was added to the organization meanwhile"
										: notImported.reason());
					}
					cursor = chunk.lastLine();
					processed += chunk.rows().size();
					int shown = processed;
					// the progress commits on its own, before the import does
					new TransactionTemplate(this.transactions.getTransactionManager(), requiresNew())
						.executeWithoutResult((progress) -> this.batches.processed(batch.getId(), shown));
				}
			});
		}
		if (failure == null) {
			end(batch, ImportStatus.CANCELLED, RowStatus.NOT_IMPORTED, "Cancelled: nothing was imported",
					"Cancelled: nothing was imported");
		}
		else if (!failure.isEmpty()) {
			end(batch, ImportStatus.FAILED, RowStatus.NOT_IMPORTED, "Not imported: " + failure,
					failure + ", so nothing was imported");
		}
		else {
			end(batch, ImportStatus.DONE, RowStatus.NOT_IMPORTED, "", "");
		}
	}

	/** Ends the run: the rows still ready get the verdict, the import its end. */
	private void end(ImportBatch batch, ImportStatus status, RowStatus rest, String reason, String message) {
		this.transactions.executeWithoutResult((tx) -> {
			this.rows.settleReady(batch.organizationId, batch.getId(), rest, reason);
			ImportCounts counts = this.rows.counts(batch.organizationId, batch.getId());
			this.batches.finish(batch.getId(), status, message, counts.of(RowStatus.IMPORTED), counts.skipped());
		});
	}

	private static TransactionDefinition requiresNew() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return definition;
	}

}
