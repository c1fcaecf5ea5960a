package io.trunkline.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<AppUser> findByIdAndOrganizationId(Long id, Long organizationId);

	Slice<AppUser> findByOrganizationId(Long organizationId, Pageable pageable);

	long countByOrganizationId(Long organizationId);

	/**
	 * What decides a signed-in person's rights, read by primary key at each of their
	 * requests (a query, so never an entity the persistence context holds already).
	 */
	@Query("select new io.trunkline.security.AccountCheck$AccountState(u.displayName, u.role, u.enabled, u.operator,"
			+ " u.passwordChangeRequired) from AppUser u where u.id = :id")
	Optional<AccountCheck.AccountState> findStateById(Long id);

	/**
	 * Locks the enabled admins of an organization, so that two admins demoting or
	 * disabling each other at the same moment cannot leave the organization without one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.organizationId = :organizationId and u.role = io.trunkline.security.Role.ADMIN and u.enabled = true")
	List<AppUser> lockEnabledAdmins(Long organizationId);

}
