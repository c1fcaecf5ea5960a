package io.trunkline.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

/**
 * The trail's query, newest first, built for the filters in use only and always limited
 * to the reader's scope.
 */
@Component
class AuditSearch {

	private static final String ORDER = " order by e.occurredAt desc, e.id desc";

	private final EntityManager entityManager;

	AuditSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** One page of the grid. */
	List<AuditRow> page(AuditScope scope, AuditFilter filter, long offset, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		TypedQuery<AuditEntry> query = query(scope, filter, null, 0);
		query.setFirstResult((int) offset);
		query.setMaxResults(limit);
		return query.getResultList().stream().map(AuditRow::of).toList();
	}

	/**
	 * The entries that come after {@code last} ({@code null}: from the first), for
	 * reading all of them page by page without a deep offset.
	 */
	List<AuditRow> after(AuditScope scope, AuditFilter filter, AuditRow last, int limit) {
		return (last != null) ? after(scope, filter, last.occurredAt(), last.id(), limit)
				: after(scope, filter, null, 0, limit);
	}

	/**
	 * The entries that come after the one that occurred at {@code lastAt} with id
	 * {@code lastId} ({@code lastAt} {@code null}: from the first).
	 */
	List<AuditRow> after(AuditScope scope, AuditFilter filter, Instant lastAt, long lastId, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		TypedQuery<AuditEntry> query = query(scope, filter, lastAt, lastId);
		query.setMaxResults(limit);
		List<AuditRow> rows = query.getResultList().stream().map(AuditRow::of).toList();
		// Read-only: let the export's pages go instead of holding every entry until it
		// ends.
		this.entityManager.clear();
		return rows;
	}

	private TypedQuery<AuditEntry> query(AuditScope scope, AuditFilter filter, Instant lastAt, long lastId) {
		Map<String, Object> parameters = new HashMap<>();
		StringBuilder jpql = new StringBuilder("select e from AuditEntry e where ");
		if (scope.organizationId() != null) {
			parameters.put("organizationId", scope.organizationId());
			jpql.append(scope.platform() ? "(e.organizationId = :organizationId or e.organizationId is null)"
					: "e.organizationId = :organizationId");
		}
		else {
			jpql.append("e.organizationId is null");
		}
		if (filter.user() != null && !filter.user().isBlank()) {
			parameters.put("user", likePrefix(filter.user()));
			jpql.append(" and e.userEmail like :user escape '!'");
		}
		condition(jpql, parameters, "e.action = :action", "action", filter.action());
		condition(jpql, parameters, "e.entityType = :entityType", "entityType", filter.entityType());
		condition(jpql, parameters, "e.occurredAt >= :from", "from", filter.from());
		condition(jpql, parameters, "e.occurredAt < :to", "to", filter.to());
		if (lastAt != null) {
			parameters.put("lastAt", lastAt);
			parameters.put("lastId", lastId);
			jpql.append(" and (e.occurredAt < :lastAt or (e.occurredAt = :lastAt and e.id < :lastId))");
		}
		TypedQuery<AuditEntry> query = this.entityManager.createQuery(jpql + ORDER, AuditEntry.class);
		parameters.forEach(query::setParameter);
		return query;
	}

	private static void condition(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
			Object value) {
		if (value != null) {
			parameters.put(name, value);
			jpql.append(" and ").append(condition);
		}
	}

	/** Emails are stored in lower case; {@code % _ !} typed are matched literally. */
	private static String likePrefix(String typed) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
