package io.trunkline.importer;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	Optional<ImportBatch> findByIdAndOrganizationId(long id, long organizationId);

}
