package io.trunkline.phonenumber;

import java.sql.DatabaseMetaData;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Takes many values of a sequence in one round trip. Each value is then used as one id,
 * never handed to Hibernate, so the two never collide.
 */
final class SequenceValues {

	private final JdbcTemplate jdbc;

	private final String sequence;

	private volatile String query;

	SequenceValues(JdbcTemplate jdbc, String sequence) {
		this.jdbc = jdbc;
		this.sequence = sequence;
	}

	List<Long> next(int count) {
		return this.jdbc.queryForList(query(), Long.class, count);
	}

	private String query() {
		if (this.query == null) {
			String product = databaseProduct();
			String rows = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "generate_series(1, ?)"
					: "system_range(1, ?)";
			this.query = "select nextval('" + this.sequence + "') from " + rows;
		}
		return this.query;
	}

	private String databaseProduct() {
		try {
			return JdbcUtils.extractDatabaseMetaData(this.jdbc.getDataSource(),
					DatabaseMetaData::getDatabaseProductName);
		}
		catch (org.springframework.jdbc.support.MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell the database product", ex);
		}
	}

}
