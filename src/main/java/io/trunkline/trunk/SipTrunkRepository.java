package io.trunkline.trunk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SipTrunkRepository extends JpaRepository<SipTrunk, Long> {

	Optional<SipTrunk> findByIdAndOrganizationId(Long id, Long organizationId);

	List<SipTrunk> findByOrganizationIdOrderByName(Long organizationId);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(Long organizationId, String name, Long id);

	List<SipTrunk> findByEncryptedPasswordIsNotNull();

	/** Counted in SQL so that this feature need not know the phone number entity. */
	@Query(value = "select count(*) from phone_number where organization_id = :organizationId and sip_trunk_id = :trunkId",
			nativeQuery = true)
	long countNumbersUsing(Long organizationId, Long trunkId);

}
