package io.trunkline.trunk.health;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrunkHealthRepository extends JpaRepository<TrunkHealth, Long> {

	List<TrunkHealth> findByOrganizationIdAndTrunkIdIn(Long organizationId, Collection<Long> trunkIds);

	/** Trunks that are due: never checked, or their next check time has come. */
	@Query(value = "select t.id from sip_trunk t left join trunk_health h on h.trunk_id = t.id"
			+ " where h.trunk_id is null or h.next_check_at <= :now"
			+ " order by h.next_check_at nulls first, t.id fetch first :limit rows only", nativeQuery = true)
	List<Long> findDue(Instant now, int limit);

	/** What a check needs of a trunk: its organization, URI and transport. */
	@Query("select new io.trunkline.trunk.health.TrunkTarget(t.id, t.organizationId, t.terminationUri, t.transport,"
			+ " t.registrationEnabled, t.authUsername)" + " from SipTrunk t where t.id = :trunkId")
	Optional<TrunkTarget> findTarget(long trunkId);

	@Query("select new io.trunkline.trunk.health.TrunkTarget(t.id, t.organizationId, t.terminationUri, t.transport,"
			+ " t.registrationEnabled, t.authUsername)" + " from SipTrunk t where t.id in :trunkIds")
	List<TrunkTarget> findTargets(Collection<Long> trunkIds);

	@Query("select new io.trunkline.trunk.health.TrunkTarget(t.id, t.organizationId, t.terminationUri, t.transport,"
			+ " t.registrationEnabled, t.authUsername)"
			+ " from SipTrunk t where t.id = :trunkId and t.organizationId = :organizationId")
	Optional<TrunkTarget> findTarget(long trunkId, long organizationId);

	/**
	 * The organization's trunks whose stored status is one of these, and with
	 * {@code unchecked} also those without any check yet.
	 */
	@Query(value = "select t.id from sip_trunk t left join trunk_health h on h.trunk_id = t.id"
			+ " where t.organization_id = :organizationId"
			+ " and (h.status in (:statuses) or (:unchecked = true and h.trunk_id is null))", nativeQuery = true)
	List<Long> findTrunkIdsWithStatus(long organizationId, Collection<String> statuses, boolean unchecked);

	/** The organization's trunks that turned Down from Up and are still Down. */
	@Query("select new io.trunkline.trunk.health.DownTrunk(t.id, t.name, h.downSince, h.lastCode, h.lastReason)"
			+ " from TrunkHealth h join SipTrunk t on t.id = h.trunkId"
			+ " where h.organizationId = :organizationId and t.organizationId = :organizationId"
			+ " and h.status = io.trunkline.trunk.health.TrunkStatus.DOWN and h.downSince is not null"
			+ " order by h.downSince, t.id")
	List<DownTrunk> findDownSinceUp(long organizationId);

}
