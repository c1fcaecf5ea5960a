package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trunkline.trunk.health.TrunkHealthService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The grid's query, built for the filters in use only, so the database can use the
 * matching index. Sorting is limited to known columns.
 */
@Component
class PhoneNumberSearch {

	static final Map<String, String> SORTABLE = Map.of("number", "p.number", "displayName", "p.searchName", "region",
			"p.region", "carrier", "t.name", "active", "p.active", "updatedAt", "p.updatedAt");

	private static final String ROW = "select new io.trunkline.phonenumber.PhoneNumberRow(p.id, p.number, p.pseudo, "
			+ "p.displayName, p.region, p.lineType, p.provider, t.name, i.name, p.active, p.updatedAt, p.bindingsChangedAt, t.id) "
			+ "from PhoneNumber p left join p.sipTrunk t left join p.twilioIntegration i ";

	/**
	 * The trunk is joined for sorting by carrier only; PostgreSQL drops the join
	 * otherwise.
	 */
	private static final String IDS = "select p.id from PhoneNumber p left join p.sipTrunk t ";

	private final EntityManager entityManager;

	private final TrunkHealthService trunkHealth;

	PhoneNumberSearch(EntityManager entityManager, TrunkHealthService trunkHealth) {
		this.entityManager = entityManager;
		this.trunkHealth = trunkHealth;
	}

	/**
	 * A trunk status filter is the organization's trunks with that status, asked of the
	 * trunk feature.
	 */
	private Where where(long organizationId, String defaultRegion, NumberFilter filter) {
		List<Long> trunkIds = (filter.trunkStatus() == null) ? null
				: this.trunkHealth.trunksWithStatus(Set.of(filter.trunkStatus()));
		return new Where(organizationId, defaultRegion, filter, trunkIds);
	}

	/**
	 * The page's ids first, from the narrow sort index, then only their rows with the
	 * joined names: a deep offset then skips index entries, not joined rows.
	 */
	List<PhoneNumberRow> page(long organizationId, String defaultRegion, NumberFilter filter, Pageable pageable) {
		Where where = where(organizationId, defaultRegion, filter);
		String orderBy = orderBy(pageable.getSort());
		TypedQuery<Long> ids = this.entityManager.createQuery(IDS + where.jpql() + orderBy, Long.class);
		where.bind(ids);
		ids.setFirstResult((int) pageable.getOffset());
		ids.setMaxResults(pageable.getPageSize());
		List<Long> page = ids.getResultList();
		if (page.isEmpty()) {
			return List.of();
		}
		return this.entityManager
			.createQuery(ROW + "where p.organizationId = :organizationId and p.id in :ids" + orderBy,
					PhoneNumberRow.class)
			.setParameter("organizationId", organizationId)
			.setParameter("ids", page)
			.getResultList();
	}

	/**
	 * Up to {@code limit} numbers with ids above {@code afterId}, by id: a keyset page
	 * that numbers added meanwhile never shift (the API's cursor).
	 */
	List<PhoneNumberRow> after(long organizationId, String defaultRegion, NumberFilter filter, long afterId,
			int limit) {
		Where where = where(organizationId, defaultRegion, filter);
		TypedQuery<PhoneNumberRow> rows = this.entityManager
			.createQuery(ROW + where.jpql() + " and p.id > :afterId order by p.id asc", PhoneNumberRow.class);
		where.bind(rows);
		rows.setParameter("afterId", afterId);
		rows.setMaxResults(limit);
		return rows.getResultList();
	}

	/**
	 * {@code count(*)}, not {@code count(p)} ({@code count(id)}): PostgreSQL then reads
	 * the organization's entries of its narrowest index without taking a column from them
	 * (100,000 numbers: 9 ms instead of 13 on a calm machine).
	 */
	long count(long organizationId, String defaultRegion, NumberFilter filter) {
		Where where = where(organizationId, defaultRegion, filter);
		TypedQuery<Long> query = this.entityManager.createQuery("select count(*) from PhoneNumber p " + where.jpql(),
				Long.class);
		where.bind(query);
		return query.getSingleResult();
	}

	List<BindTarget> targets(long organizationId, String defaultRegion, NumberFilter filter) {
		Where where = where(organizationId, defaultRegion, filter);
		TypedQuery<BindTarget> query = this.entityManager
			.createQuery("select new io.trunkline.phonenumber.BindTarget(p.id, p.supportsInbound, p.supportsOutbound) "
					+ "from PhoneNumber p " + where.jpql(), BindTarget.class);
		where.bind(query);
		return query.getResultList();
	}

	private static String orderBy(Sort sort) {
		String order = sort.stream()
			.filter((o) -> SORTABLE.containsKey(o.getProperty()))
			.map((o) -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
			.collect(Collectors.joining(", "));
		return " order by " + (order.isEmpty() ? "p.updatedAt desc" : order) + ", p.id desc";
	}

}
