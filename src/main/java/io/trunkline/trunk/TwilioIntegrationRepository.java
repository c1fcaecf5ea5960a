package io.trunkline.trunk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TwilioIntegrationRepository extends JpaRepository<TwilioIntegration, Long> {

	Optional<TwilioIntegration> findByIdAndOrganizationId(Long id, Long organizationId);

	List<TwilioIntegration> findByOrganizationIdOrderByName(Long organizationId);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(Long organizationId, String name, Long id);

	List<TwilioIntegration> findByEncryptedTokenIsNotNull();

	/** Replaces a stored token only if it is still the one read (key rotation). */
	@Modifying(flushAutomatically = true)
	@Query("update TwilioIntegration i set i.encryptedToken = :replacement, i.version = i.version + 1"
			+ " where i.id = :id and i.encryptedToken = :current")
	int replaceToken(Long id, String current, String replacement);

}
