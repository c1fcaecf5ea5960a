package io.trunkline.base;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Tells PostgreSQL from H2 where the two need different SQL for the same set-based query.
 */
public final class SqlDialect {

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	public SqlDialect(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isPostgres() {
		if (this.postgres == null) {
			try {
				String product = JdbcUtils.extractDatabaseMetaData(this.jdbc.getDataSource(),
						DatabaseMetaData::getDatabaseProductName);
				this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell the database product", ex);
			}
		}
		return this.postgres;
	}

}
