package io.trunkline.phonenumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/**
 * The where clause of a grid query: always the organization, then each filter in use.
 */
final class Where {

	private final StringBuilder jpql = new StringBuilder("where p.organizationId = :organizationId");

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/**
	 * @param trunkIds only numbers on these SIP trunks, or {@code null} for no such limit
	 */
	Where(long organizationId, String defaultRegion, NumberFilter filter, List<Long> trunkIds) {
		this.parameters.put("organizationId", organizationId);
		if (filter.hasText()) {
			text(filter.text().strip(), defaultRegion);
		}
		if (filter.region() != null) {
			this.jpql.append(" and p.region = :region");
			this.parameters.put("region", filter.region());
		}
		if (filter.sipTrunkId() != null) {
			this.jpql.append(" and p.sipTrunk.id = :trunkId");
			this.parameters.put("trunkId", filter.sipTrunkId());
		}
		if (trunkIds != null && trunkIds.isEmpty()) {
			this.jpql.append(" and 1 = 0");
		}
		else if (trunkIds != null) {
			this.jpql.append(" and p.sipTrunk.id in :statusTrunkIds");
			this.parameters.put("statusTrunkIds", trunkIds);
		}
		if (filter.agentId() != null) {
			this.jpql.append(" and exists (select 1 from NumberBinding b where b.phoneNumberId = p.id"
					+ " and b.organizationId = :organizationId and b.agentId = :agentId)");
			this.parameters.put("agentId", filter.agentId());
		}
		if (filter.importBatchId() != null) {
			this.jpql.append(" and p.importBatchId = :importBatchId");
			this.parameters.put("importBatchId", filter.importBatchId());
		}
		if (filter.active() != null) {
			this.jpql.append(" and p.active = :active");
			this.parameters.put("active", filter.active());
		}
	}

	/**
	 * The typed text anywhere in the name, and its digits (or the whole number it forms)
	 * in the number. {@code lower(number)} in each form: pseudo numbers keep the case
	 * they were written in, and on PostgreSQL a trigram index on {@code lower(number)}
	 * serves all three (V22).
	 */
	private void text(String text, String defaultRegion) {
		String key = NumberNormalizer.searchKey(text, defaultRegion);
		String name = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
		this.parameters.put("name", name);
		if (!key.isEmpty()) {
			// a whole number from its start, digits anywhere
			this.jpql.append(" and (lower(p.number) like :number escape '!' or p.searchName like :name escape '!')");
			this.parameters.put("number", (key.startsWith("+") ? "" : "%") + escape(key) + "%");
		}
		else {
			this.jpql.append(" and (p.searchName like :name escape '!' or lower(p.number) like :name escape '!')");
		}
	}

	private static String escape(String value) {
		return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	String jpql() {
		return this.jpql.toString();
	}

	void bind(TypedQuery<?> query) {
		this.parameters.forEach(query::setParameter);
	}

}
