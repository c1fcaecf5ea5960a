package io.trunkline.audit;

import org.springframework.data.repository.Repository;

/**
 * Insert only: no update, no delete. Reading goes through {@link AuditSearch}.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

}
