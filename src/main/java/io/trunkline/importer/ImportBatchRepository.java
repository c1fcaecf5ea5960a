package io.trunkline.importer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	Optional<ImportBatch> findByIdAndOrganizationId(long id, long organizationId);

	/**
	 * An import of the organization as its people may see it: a review nobody imported
	 * only while its rows are kept.
	 */
	default Optional<ImportBatch> findShown(long id, long organizationId) {
		return findByIdAndOrganizationId(id, organizationId)
			.filter((batch) -> batch.status != ImportStatus.REVIEWED || batch.rowsKept);
	}

	@Query("select b from ImportBatch b where b.organizationId = :organizationId and b.status in"
			+ " (io.trunkline.importer.ImportStatus.WAITING, io.trunkline.importer.ImportStatus.RUNNING) order by b.id")
	List<ImportBatch> findUnfinished(long organizationId);

}
