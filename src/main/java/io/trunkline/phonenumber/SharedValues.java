package io.trunkline.phonenumber;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of grid rows with each repeated value (a trunk's name and id, a region, the
 * agents' names) as one instance. The grid holds its page in every open UI, and the
 * database answers each row with copies of its own: 50 rows on one trunk held 50 strings
 * of the trunk's name.
 */
final class SharedValues {

	private final Map<Object, Object> seen = new HashMap<>();

	private SharedValues() {
	}

	static List<PhoneNumberRow> of(List<PhoneNumberRow> rows) {
		SharedValues values = new SharedValues();
		return rows.stream()
			.map((row) -> new PhoneNumberRow(row.id(), row.number(), row.pseudo(), row.displayName(),
					values.one(row.region()), row.lineType(), row.provider(), values.one(row.trunkName()),
					values.one(row.integrationName()), row.active(), row.updatedAt(), row.bindingsChangedAt(),
					values.one(row.inboundAgents()), values.one(row.outboundAgents()), values.one(row.sipTrunkId()),
					row.trunkStatus()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private <T> T one(T value) {
		return (value != null) ? (T) this.seen.computeIfAbsent(value, (v) -> v) : null;
	}

}
