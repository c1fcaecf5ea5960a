package io.trunkline.organization;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	boolean existsBySlug(String slug);

	Slice<Organization> findAllBy(Pageable pageable);

}
