package io.trunkline.phonenumber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One million phone number rows for the grid benchmark, written with plain JDBC batches.
 * Rows of the organizations are interleaved, as imports of several tenants would leave
 * them; the first organization gets 50 rows more than the others, so a page at offset
 * 100,000 is full. Numbers are valid E.164 of their region: 60 % US, 25 % GB, 15 % DE.
 */
final class GridSeed {

	static final int TOTAL = 1_000_000;

	static final int PER_ORGANIZATION = 100_000;

	static final int EXTRA = 50;

	private static final long FIRST_ID = 10_000_000L;

	private static final int BATCH = 10_000;

	private static final long YEAR_SECONDS = 365L * 24 * 3600;

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final String INSERT = "insert into phone_number (id, version, organization_id, number, pseudo, "
			+ "region, line_type, display_name, search_name, provider, sip_trunk_id, active, supports_inbound, "
			+ "supports_outbound, created_at, updated_at) values (?, 0, ?, ?, false, ?, ?, ?, ?, 'SIP', ?, ?, true, "
			+ "true, ?, ?)";

	private final SplittableRandom random = new SplittableRandom(42);

	private GridSeed() {
	}

	/**
	 * Inserts the rows for organizations and their trunks, given in the same order.
	 */
	static void insert(JdbcTemplate jdbc, List<Long> organizationIds, List<Long> trunkIds) {
		GridSeed seed = new GridSeed();
		for (int from = 0; from < TOTAL; from += BATCH) {
			int start = from;
			jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					seed.row(ps, start + i, organizationIds, trunkIds);
				}

				@Override
				public int getBatchSize() {
					return Math.min(BATCH, TOTAL - start);
				}

			});
		}
	}

	private void row(PreparedStatement ps, int i, List<Long> organizationIds, List<Long> trunkIds) throws SQLException {
		int org = i % organizationIds.size();
		int k = i / organizationIds.size();
		if (org == organizationIds.size() - 1 && k < EXTRA) {
			org = 0;
			k += PER_ORGANIZATION;
		}
		long spreadA = this.random.nextLong(YEAR_SECONDS);
		long spreadB = this.random.nextLong(YEAR_SECONDS);
		boolean mobile = this.random.nextBoolean();
		ps.setLong(1, FIRST_ID + i);
		ps.setLong(2, organizationIds.get(org));
		int share = k % 20;
		String region = (share < 12) ? "US" : (share < 17) ? "GB" : "DE";
		ps.setString(3, number(region, mobile, k));
		ps.setString(4, region);
		ps.setString(5,
				(region.equals("US") ? LineType.FIXED_LINE_OR_MOBILE : mobile ? LineType.MOBILE : LineType.FIXED_LINE)
					.name());
		String name = String.format("Line %07d", k);
		ps.setString(6, name);
		ps.setString(7, name.toLowerCase());
		ps.setLong(8, trunkIds.get(org));
		ps.setBoolean(9, this.random.nextInt(10) != 0);
		ps.setObject(10, NOW.minusSeconds(Math.max(spreadA, spreadB)));
		ps.setObject(11, NOW.minusSeconds(Math.min(spreadA, spreadB)));
	}

	/** Distinct within an organization since {@code k} is, e.g. +14152001234. */
	private static String number(String region, boolean mobile, int k) {
		return switch (region) {
			case "US" -> "+1415" + (2_000_000 + k);
			case "GB" -> mobile ? "+447700" + String.format("%06d", k) : "+44207" + (1_000_000 + k);
			default -> mobile ? "+49151" + (10_000_000 + k) : "+4930" + (10_000_000 + k);
		};
	}

}
