package io.trunkline.importer;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	Optional<ImportBatch> findByIdAndOrganizationId(long id, long organizationId);

	@Modifying
	@Query("update ImportBatch b set b.status = io.trunkline.importer.ImportStatus.FAILED, b.message = :message,"
			+ " b.finishedAt = :now where b.status in (io.trunkline.importer.ImportStatus.WAITING,"
			+ " io.trunkline.importer.ImportStatus.RUNNING)")
	int endUnfinished(String message, Instant now);

}
