package io.trunkline.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as stored, read with plain JDBC (not through the services under test).
 */
final class AuditTrail {

	private static final String SELECT = "select id, occurred_at, organization_id, user_id, user_email, action, "
			+ "entity_type, entity_id, changes from audit_entry ";

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The entries of an organization ({@code null}: platform-level), newest first. */
	List<Entry> of(Long organizationId) {
		if (organizationId == null) {
			return this.jdbc.query(SELECT + "where organization_id is null order by id desc", AuditTrail::entry);
		}
		return this.jdbc.query(SELECT + "where organization_id = ? order by id desc", AuditTrail::entry,
				organizationId);
	}

	/** The newest entry of an organization with this action and entity type. */
	Entry last(Long organizationId, AuditAction action, AuditEntityType type) {
		return of(organizationId).stream()
			.filter((entry) -> entry.action() == action && entry.entityType() == type)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + action + " " + type + " entry for " + organizationId));
	}

	/**
	 * Every stored entry, every column, as one text: for looking for what must not be
	 * there.
	 */
	String everything() {
		StringBuilder all = new StringBuilder();
		this.jdbc.query("select * from audit_entry", (ResultSet row) -> {
			for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
				all.append(row.getString(i)).append('|');
			}
			all.append('\n');
		});
		return all.toString();
	}

	long count() {
		return Objects.requireNonNull(this.jdbc.queryForObject("select count(*) from audit_entry", Long.class));
	}

	private static Entry entry(ResultSet row, int index) throws SQLException {
		return new Entry(row.getLong("id"), row.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
				(Long) row.getObject("organization_id", Long.class), row.getObject("user_id", Long.class),
				row.getString("user_email"), AuditAction.valueOf(row.getString("action")),
				AuditEntityType.valueOf(row.getString("entity_type")), row.getObject("entity_id", Long.class),
				ChangesJson.read(row.getString("changes")));
	}

	record Entry(long id, Instant occurredAt, Long organizationId, Long userId, String userEmail, AuditAction action,
			AuditEntityType entityType, Long entityId, List<FieldChange> changes) {

		FieldChange field(String name) {
			return this.changes.stream()
				.filter((change) -> change.field().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No field " + name + " in " + this.changes));
		}

		List<String> fields() {
			return this.changes.stream().map(FieldChange::field).toList();
		}

		Entry hasChange(String name, String oldValue, String newValue) {
			assertThat(field(name)).isEqualTo(new FieldChange(name, oldValue, newValue));
			return this;
		}

	}

}
