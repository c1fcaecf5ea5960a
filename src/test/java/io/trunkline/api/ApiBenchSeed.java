package io.trunkline.api;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000 numbers of one organization for the list benchmark, written with plain JDBC
 * batches: 60 % US, 25 % GB, 15 % DE, one in ten inactive, ids far above what the
 * sequence hands out meanwhile.
 */
final class ApiBenchSeed {

	static final int NUMBERS = 100_000;

	private static final int BATCH = 10_000;

	private static final String INSERT = "insert into phone_number (id, version, organization_id, number, pseudo, "
			+ "region, line_type, display_name, search_name, provider, sip_trunk_id, active, supports_inbound, "
			+ "supports_outbound, created_at, updated_at) values (?, 0, ?, ?, false, ?, ?, ?, ?, 'SIP', ?, ?, true, "
			+ "true, ?, ?)";

	private ApiBenchSeed() {
	}

	static void insert(JdbcTemplate jdbc, long organizationId, long trunkId, long firstId) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int from = 0; from < NUMBERS; from += BATCH) {
			int start = from;
			jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					int k = start + i;
					int share = k % 20;
					String region = (share < 12) ? "US" : (share < 17) ? "GB" : "DE";
					ps.setLong(1, firstId + k);
					ps.setLong(2, organizationId);
					ps.setString(3, switch (region) {
						case "US" -> "+1415" + (2_000_000 + k);
						case "GB" -> "+447700" + String.format("%06d", k);
						default -> "+49151" + (10_000_000 + k);
					});
					ps.setString(4, region);
					ps.setString(5, region.equals("US") ? "FIXED_LINE_OR_MOBILE" : "MOBILE");
					String name = String.format("Line %07d", k);
					ps.setString(6, name);
					ps.setString(7, name.toLowerCase());
					ps.setLong(8, trunkId);
					ps.setBoolean(9, k % 10 != 0);
					ps.setTimestamp(10, now);
					ps.setTimestamp(11, now);
				}

				@Override
				public int getBatchSize() {
					return Math.min(BATCH, NUMBERS - start);
				}

			});
		}
	}

}
