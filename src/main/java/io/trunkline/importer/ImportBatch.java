package io.trunkline.importer;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The record of one import run; each number it brought in points to it. */
@Entity
@Table(name = "import_batch")
class ImportBatch extends AbstractEntity {

	static final int SOURCE_MAX = 255;

	static final int MESSAGE_MAX = 500;

	static final int EMAIL_MAX = 254;

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
	@Column(name = "mode", nullable = false, updatable = false, length = 16)
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

	@Column(name = "started_at", nullable = false, updatable = false)
	Instant startedAt;

	@Column(name = "finished_at")
	Instant finishedAt;

	protected ImportBatch() {
	}

	@Override
	public Long getId() {
		return this.id;
	}

}
