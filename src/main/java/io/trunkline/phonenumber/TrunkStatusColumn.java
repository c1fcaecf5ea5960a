package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.trunkline.trunk.health.TrunkHealthService;
import io.trunkline.trunk.health.TrunkHealthView;

import org.springframework.stereotype.Component;

/** Fills a page of grid rows with their SIP trunk's status: one query for the page. */
@Component
class TrunkStatusColumn {

	private final TrunkHealthService health;

	TrunkStatusColumn(TrunkHealthService health) {
		this.health = health;
	}

	List<PhoneNumberRow> fill(List<PhoneNumberRow> rows) {
		List<Long> trunkIds = rows.stream()
			.map(PhoneNumberRow::sipTrunkId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (trunkIds.isEmpty()) {
			return rows;
		}
		Map<Long, TrunkHealthView> views = this.health.forTrunks(trunkIds);
		return rows.stream()
			.map((row) -> (row.sipTrunkId() == null) ? row : row.withTrunkStatus(views.get(row.sipTrunkId()).status()))
			.toList();
	}

}
