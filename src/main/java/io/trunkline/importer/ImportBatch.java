package io.trunkline.importer;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import io.trunkline.phonenumber.Provider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One import: from its dry run (REVIEWED) to its end, with what applies to every row, its
 * counts and the cursor of its run; each number it brought in points to it.
 */
@Entity
@Table(name = "import_batch")
class ImportBatch extends AbstractEntity {

	static final int SOURCE_MAX = 255;

	static final int MESSAGE_MAX = 500;

	static final int EMAIL_MAX = 254;

	static final int AGENTS_MAX = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
	@SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	Long organizationId;

	@Column(name = "started_by_id", updatable = false)
	Long startedById;

	@Column(name = "started_by_email", nullable = false, updatable = false, length = EMAIL_MAX)
	String startedByEmail;

	@Column(name = "source_name", nullable = false, updatable = false, length = SOURCE_MAX)
	String sourceName;

	@Enumerated(EnumType.STRING)
	@Column(name = "mode", nullable = false, length = 16)
	ImportMode mode;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	ImportStatus status;

	@Column(name = "total_rows", nullable = false)
	int totalRows;

	@Column(name = "imported_rows", nullable = false)
	int importedRows;

	@Column(name = "skipped_rows", nullable = false)
	int skippedRows;

	@Column(name = "message", length = MESSAGE_MAX)
	String message;

	@Column(name = "started_at", nullable = false)
	Instant startedAt;

	@Column(name = "finished_at")
	Instant finishedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "provider", updatable = false, length = 16)
	Provider provider;

	@Column(name = "sip_trunk_id", updatable = false)
	Long sipTrunkId;

	@Column(name = "twilio_integration_id", updatable = false)
	Long twilioIntegrationId;

	@Column(name = "inbound_agents", updatable = false, length = AGENTS_MAX)
	String inboundAgents;

	@Column(name = "outbound_agents", updatable = false, length = AGENTS_MAX)
	String outboundAgents;

	/** Rows that were ready after the dry run: what the run has to write. */
	@Column(name = "ready_rows", nullable = false)
	int readyRows;

	/**
	 * Ready rows the run has settled so far (committed, except in all-or-nothing mode).
	 */
	@Column(name = "processed_rows", nullable = false)
	int processedRows;

	/** The last line of the last committed chunk. */
	@Column(name = "cursor_line", nullable = false)
	int cursorLine;

	@Column(name = "cancel_requested", nullable = false)
	boolean cancelRequested;

	@Column(name = "running_since")
	Instant runningSince;

	/** Whether its rows (the review, then the report) are still stored. */
	@Column(name = "rows_kept", nullable = false)
	boolean rowsKept;

	protected ImportBatch() {
	}

	@Override
	public Long getId() {
		return this.id;
	}

}
