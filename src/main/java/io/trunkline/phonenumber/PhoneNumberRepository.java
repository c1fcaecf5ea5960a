package io.trunkline.phonenumber;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PhoneNumberRepository extends JpaRepository<PhoneNumber, Long> {

	Optional<PhoneNumber> findByIdAndOrganizationId(Long id, Long organizationId);

	boolean existsByOrganizationIdAndNumberAndIdNot(Long organizationId, String number, Long id);

	@Query("select p.id from PhoneNumber p where p.organizationId = :organizationId and p.number = :number")
	Optional<Long> findIdByNumber(Long organizationId, String number);

	boolean existsByOrganizationIdAndNumberAndFallbackNumberIsNotNull(Long organizationId, String number);

	boolean existsByOrganizationIdAndFallbackNumber(Long organizationId, String fallbackNumber);

	@Modifying
	@Query("update PhoneNumber p set p.active = :active, p.updatedAt = :now, p.version = p.version + 1 "
			+ "where p.organizationId = :organizationId and p.id in :ids and p.active <> :active")
	int setActive(Long organizationId, Collection<Long> ids, boolean active, Instant now);

	@Query("select new io.trunkline.phonenumber.BindTarget(p.id, p.supportsInbound, p.supportsOutbound) "
			+ "from PhoneNumber p where p.organizationId = :organizationId and p.id in :ids")
	List<BindTarget> targets(Long organizationId, Collection<Long> ids);

	@Query("select p.number from PhoneNumber p where p.organizationId = :organizationId and p.id in :ids "
			+ "order by p.number")
	List<String> numbersOf(Long organizationId, Collection<Long> ids);

	@Modifying
	@Query("delete from PhoneNumber p where p.organizationId = :organizationId and p.id in :ids")
	int deleteAll(Long organizationId, Collection<Long> ids);

	@Query("select count(p) from PhoneNumber p where p.organizationId = :organizationId and p.sipTrunk.id = :trunkId")
	long countOnTrunk(long organizationId, long trunkId);

	@Query("select count(p) from PhoneNumber p where p.organizationId = :organizationId "
			+ "and p.twilioIntegration.id = :integrationId")
	long countOnTwilio(long organizationId, long integrationId);

}
