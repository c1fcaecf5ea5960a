package io.trunkline.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgentRepository extends JpaRepository<Agent, Long> {

	Optional<Agent> findByIdAndOrganizationId(Long id, Long organizationId);

	List<Agent> findByOrganizationIdOrderByNameKeyAscIdAsc(Long organizationId);

	List<Agent> findByOrganizationIdAndIdIn(Long organizationId, Collection<Long> ids);

	boolean existsByOrganizationIdAndNameKeyAndIdNot(Long organizationId, String nameKey, Long id);

	boolean existsByOrganizationIdAndExternalIdAndIdNot(Long organizationId, String externalId, Long id);

}
