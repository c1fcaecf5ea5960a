package io.trunkline.phonenumber;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NumberBindingRepository extends JpaRepository<NumberBinding, Long> {

	@Query("select b from NumberBinding b where b.organizationId = :organizationId and b.phoneNumberId in :numberIds "
			+ "order by b.phoneNumberId, b.direction, b.position")
	List<NumberBinding> findForNumbers(long organizationId, Collection<Long> numberIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from NumberBinding b where b.organizationId = :organizationId and b.direction = :direction "
			+ "and b.phoneNumberId in :numberIds")
	int deleteFor(long organizationId, Direction direction, Collection<Long> numberIds);

}
