package io.trunkline.organization;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	boolean existsBySlug(String slug);

	Slice<Organization> findAllBy(Pageable pageable);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o.id from Organization o where o.id = :id")
	Optional<Long> lockById(Long id);

}
