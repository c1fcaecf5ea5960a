package io.trunkline.trunk.health;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a trunk's health as a finished check would leave it, for tests of what the
 * console and the API show of it (the checks themselves are tested against sipp).
 */
public final class TrunkHealthRows {

	private final JdbcTemplate jdbc;

	public TrunkHealthRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param downSince when it went Down from Up, or {@code null}
	 */
	public void store(long trunkId, long organizationId, TrunkStatus status, Integer code, String reason,
			Instant downSince) {
		this.jdbc.update("delete from trunk_health where trunk_id = ?", trunkId);
		this.jdbc
			.update("insert into trunk_health (trunk_id, version, organization_id, status, last_outcome, last_code,"
					+ " last_reason, rtt_ms, checked_at, next_check_at, consecutive_failures, consecutive_successes,"
					+ " down_since) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)", trunkId, organizationId,
					status.name(), (status == TrunkStatus.DOWN) ? "FAILURE" : "OK", code, reason,
					(code != null) ? 12 : null, Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now().plusSeconds(3600)),
					(downSince != null) ? Timestamp.from(downSince) : null);
	}

}
