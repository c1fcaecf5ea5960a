package io.trunkline.trunk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TwilioIntegrationRepository extends JpaRepository<TwilioIntegration, Long> {

	Optional<TwilioIntegration> findByIdAndOrganizationId(Long id, Long organizationId);

	List<TwilioIntegration> findByOrganizationIdOrderByName(Long organizationId);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(Long organizationId, String name, Long id);

	List<TwilioIntegration> findByEncryptedTokenIsNotNull();

	@Query(value = "select count(*) from phone_number where organization_id = :organizationId and twilio_integration_id = :integrationId",
			nativeQuery = true)
	long countNumbersUsing(Long organizationId, Long integrationId);

}
