package io.trunkline.importer;

import java.time.Instant;
import java.util.List;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.security.Caller;
import io.trunkline.security.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored record of each import, from its dry run to its end. The run's changes are
 * single UPDATE statements (never a stale entity written back), so that a cancel from any
 * instance and the run's own chunks never overwrite each other.
 */
@Component
@Transactional
class ImportBatches {

	private static final TypeReference<List<BindingLine>> LINES = new TypeReference<>() {
	};

	private final ImportBatchRepository repository;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	ImportBatches(ImportBatchRepository repository, JdbcTemplate jdbc, AuditLog audit) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A new import in its dry run, for the caller's organization. */
	ImportBatch review(long organizationId, String sourceName, ImportSettings settings, Caller caller) {
		ImportBatch batch = new ImportBatch();
		batch.organizationId = organizationId;
		batch.startedById = caller.personId();
		batch.startedByEmail = shorten(caller.getName(), ImportBatch.EMAIL_MAX);
		batch.sourceName = shorten(sourceName, ImportBatch.SOURCE_MAX);
		batch.mode = ImportMode.READY_ROWS;
		batch.status = ImportStatus.REVIEWED;
		batch.startedAt = Instant.now();
		batch.provider = settings.provider();
		batch.sipTrunkId = settings.sipTrunkId();
		batch.twilioIntegrationId = settings.twilioIntegrationId();
		batch.inboundAgents = JsonMapper.shared().writeValueAsString(settings.inbound());
		batch.outboundAgents = JsonMapper.shared().writeValueAsString(settings.outbound());
		return this.repository.saveAndFlush(batch);
	}

	void reviewed(ImportBatch batch, int totalRows, int readyRows) {
		batch.totalRows = totalRows;
		batch.readyRows = readyRows;
		batch.skippedRows = totalRows - readyRows;
		batch.rowsKept = true;
		this.repository.flush();
	}

	/**
	 * What the dry run applied to every row, to check the rows again when they are
	 * written.
	 */
	static ImportSettings settings(ImportBatch batch) {
		return new ImportSettings(batch.provider, batch.sipTrunkId, batch.twilioIntegrationId,
				JsonMapper.shared().readValue(batch.inboundAgents, LINES),
				JsonMapper.shared().readValue(batch.outboundAgents, LINES));
	}

	/**
	 * Takes a reviewed import for its run: it waits from now on.
	 * @return false when it was taken already
	 */
	boolean start(long batchId, long organizationId, ImportMode mode) {
		return this.jdbc.update(
				"update import_batch set status = 'WAITING', mode = ?, started_at = ?,"
						+ " version = version + 1 where id = ? and organization_id = ? and status = 'REVIEWED'",
				mode.name(), java.sql.Timestamp.from(Instant.now()), batchId, organizationId) == 1;
	}

	/**
	 * The organization's import that runs next: the oldest one waiting or running (a
	 * running one, on any instance, goes on first).
	 */
	@Transactional(readOnly = true)
	Long next(long organizationId) {
		return this.jdbc.query(
				"select min(id) from import_batch where organization_id = ? and status in" + " ('WAITING', 'RUNNING')",
				(result) -> result.next() ? (Long) result.getObject(1, Long.class) : null, organizationId);
	}

	/**
	 * Marks it running (again, after a revival: the count of all-or-nothing starts over).
	 */
	void running(long batchId, boolean restartCounts) {
		this.jdbc.update("update import_batch set status = 'RUNNING', message = null, running_since = ?,"
				+ " processed_rows = case when ? then 0 else processed_rows end, version = version + 1"
				+ " where id = ?", java.sql.Timestamp.from(Instant.now()), restartCounts, batchId);
	}

	void waiting(long batchId, String message) {
		this.jdbc.update("update import_batch set message = ? where id = ? and status = 'WAITING'", message, batchId);
	}

	/** Records a chunk: how far the run got, and the counts of what it settled. */
	void advance(long batchId, int cursorLine, int processed, int imported, int skipped) {
		this.jdbc.update("update import_batch set cursor_line = ?, processed_rows = processed_rows + ?,"
				+ " imported_rows = imported_rows + ?, skipped_rows = skipped_rows + ?, version = version + 1"
				+ " where id = ?", cursorLine, processed, imported, skipped, batchId);
	}

	/**
	 * Moves the cursor of an all-or-nothing run, in its transaction, after its last row:
	 * every ready row up to it is imported.
	 */
	void importedThrough(long batchId, int cursorLine) {
		this.jdbc.update("update import_batch set cursor_line = ?, version = version + 1 where id = ?", cursorLine,
				batchId);
	}

	/**
	 * Only the count of rows processed: all-or-nothing shows its progress before it
	 * commits.
	 */
	void processed(long batchId, int processed) {
		this.jdbc.update("update import_batch set processed_rows = ? where id = ?", processed, batchId);
	}

	boolean cancelRequested(long batchId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select cancel_requested from import_batch where id = ?",
				Boolean.class, batchId));
	}

	/**
	 * Ends an import that has not started; otherwise asks its run to stop.
	 * @return whether it was ended here
	 */
	boolean cancel(long batchId, long organizationId) {
		int ended = this.jdbc.update("update import_batch set status = 'CANCELLED', cancel_requested = true,"
				+ " finished_at = ?, message = ?, version = version + 1 where id = ? and organization_id = ? and"
				+ " status = 'WAITING'", java.sql.Timestamp.from(Instant.now()),
				"Cancelled before it started: nothing was imported", batchId, organizationId);
		if (ended == 0) {
			this.jdbc.update("update import_batch set cancel_requested = true where id = ? and organization_id = ?"
					+ " and status = 'RUNNING'", batchId, organizationId);
		}
		return ended == 1;
	}

	/** Ends the run and records it in the audit trail: one entry with its counts. */
	void finish(long batchId, ImportStatus status, String message, int imported, int skipped) {
		ImportBatch batch = this.repository.findById(batchId).orElseThrow();
		batch.status = status;
		batch.importedRows = imported;
		batch.skippedRows = skipped;
		batch.message = shorten(message, ImportBatch.MESSAGE_MAX);
		batch.finishedAt = Instant.now();
		this.repository.flush();
		audited(batch);
	}

	void audited(ImportBatch batch) {
		this.audit.record(AuditAction.IMPORT, AuditEntityType.IMPORT, batch.getId(), batch.sourceName,
				Changes.none()
					.set("source", batch.sourceName)
					.set("mode", batch.mode)
					.set("status", batch.status)
					.set("rows", batch.totalRows)
					.set("imported", batch.importedRows)
					.set("skipped", batch.skippedRows));
	}

	/**
	 * Whom the run of a stored import acts as: a job of the import's organization, for
	 * the person who started it, with the rights an import needs (an agent manager's),
	 * whatever became of the person's own session.
	 */
	@Transactional(readOnly = true)
	Caller.SystemJob caller(long batchId) {
		ImportBatch batch = this.repository.findById(batchId).orElseThrow();
		return Caller.SystemJob.forPerson("import " + batchId, batch.organizationId, batch.startedById,
				batch.startedByEmail, Role.AGENT_MANAGER);
	}

	static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
