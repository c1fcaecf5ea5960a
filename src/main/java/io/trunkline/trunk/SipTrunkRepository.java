package io.trunkline.trunk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SipTrunkRepository extends JpaRepository<SipTrunk, Long> {

	Optional<SipTrunk> findByIdAndOrganizationId(Long id, Long organizationId);

	List<SipTrunk> findByOrganizationIdOrderByName(Long organizationId);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(Long organizationId, String name, Long id);

	List<SipTrunk> findByEncryptedPasswordIsNotNull();

	/** Replaces a stored password only if it is still the one read (key rotation). */
	@Modifying(flushAutomatically = true)
	@Query("update SipTrunk t set t.encryptedPassword = :replacement, t.version = t.version + 1"
			+ " where t.id = :id and t.encryptedPassword = :current")
	int replacePassword(Long id, String current, String replacement);

}
