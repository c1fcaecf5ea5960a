package io.trunkline.phonenumber;

import java.util.List;

import io.trunkline.base.SqlDialect;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes many values of a sequence in one round trip. Each value is then used as one id,
 * never handed to Hibernate, so the two never collide.
 */
final class SequenceValues {

	private final JdbcTemplate jdbc;

	private final SqlDialect dialect;

	private final String sequence;

	SequenceValues(JdbcTemplate jdbc, SqlDialect dialect, String sequence) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.sequence = sequence;
	}

	List<Long> next(int count) {
		String rows = this.dialect.isPostgres() ? "generate_series(1, ?)" : "system_range(1, ?)";
		return this.jdbc.queryForList("select nextval('" + this.sequence + "') from " + rows, Long.class, count);
	}

}
