package io.trunkline.apikey;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyId(String keyId);

	Optional<ApiKey> findByIdAndOrganizationId(Long id, Long organizationId);

	Slice<ApiKey> findByOrganizationId(Long organizationId, Pageable pageable);

	/**
	 * Writes the last use unless one was written since {@code writtenBefore}: one write a
	 * minute at most, whichever instance serves the request. The version stays, so that
	 * use never conflicts with an admin's change.
	 */
	@Modifying
	@Transactional
	@Query("update ApiKey k set k.lastUsedAt = :now, k.lastUsedAddress = :address where k.id = :id"
			+ " and (k.lastUsedAt is null or k.lastUsedAt < :writtenBefore)")
	int markUsed(Long id, Instant now, String address, Instant writtenBefore);

}
