package io.trunkline.base;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Breaks the numbers' constraints with marked values, through Hibernate and through a
 * JDBC batch as the import writes, and checks that no value of the rows reaches the log:
 * not from Hibernate's error logger, the driver's messages or the translator. Run on H2
 * and on PostgreSQL, whose messages differ.
 */
final class RowValueLogging {

	static final String NUMBER = "+19995550117";

	static final String NAME = "Marker name 7c1f";

	static final String PIN = "8642097531";

	static final String WEBHOOK = "https://marker-hook-5e2a.example/calls";

	private static final String INSERT = "insert into phone_number (id, version, organization_id, number, pseudo, "
			+ "line_type, display_name, search_name, provider, sip_trunk_id, active, supports_inbound, "
			+ "supports_outbound, inbound_webhook_url, inbound_pin, created_at, updated_at) values (?, 0, ?, ?, false, "
			+ "'FIXED_LINE_OR_MOBILE', ?, ?, 'SIP', ?, true, true, true, ?, ?, current_timestamp, current_timestamp)";

	private RowValueLogging() {
	}

	static void check(TestAccounts accounts, NumberFixtures fixtures, JdbcTemplate jdbc, EntityManager entityManager,
			TransactionTemplate transactions, ConstraintTranslator translator, CapturedOutput output) {
		Org org = accounts.newOrganization();
		TrunkSummary trunk = fixtures.trunk(org, "Marker trunk", "pw");
		long base = 70_000_000L + org.id() * 1_000L;
		jdbc.update(INSERT, base, org.id(), NUMBER, NAME, NAME.toLowerCase(), trunk.id(), WEBHOOK, PIN);

		// Hibernate logs what it catches at org.hibernate.orm.jdbc.error
		assertThatThrownBy(() -> transactions.executeWithoutResult((tx) -> {
			try {
				entityManager.createNativeQuery(INSERT)
					.setParameter(1, base + 1)
					.setParameter(2, org.id())
					.setParameter(3, NUMBER)
					.setParameter(4, NAME)
					.setParameter(5, NAME.toLowerCase())
					.setParameter(6, trunk.id())
					.setParameter(7, WEBHOOK)
					.setParameter(8, PIN)
					.executeUpdate();
			}
			catch (PersistenceException ex) {
				DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
				throw (translated != null) ? translated : ex;
			}
		})).isInstanceOf(DataAccessException.class);

		DataIntegrityViolationException duplicateInBatch = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> jdbc.batchUpdate(INSERT, rows(base + 10, org.id(), trunk.id(), NUMBER)));
		assertThat(translator.translate(duplicateInBatch)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo("number_already_present"));

		// a SIP number without its trunk: a constraint no feature registered
		DataIntegrityViolationException unregistered = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> jdbc.batchUpdate(INSERT, rows(base + 20, org.id(), null, "+19995550118")));
		assertThat(translator.translate(unregistered)).isInstanceOfSatisfying(SaveFailedException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo(SaveFailedException.CODE));
		assertThat(output).contains("ck_phone_number_provider");

		assertThat(output).doesNotContain(NUMBER, "+19995550118", NAME, PIN, WEBHOOK);
	}

	private static List<Object[]> rows(long firstId, long organizationId, Long trunkId, String secondNumber) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { firstId, organizationId, "+19995550119", NAME, NAME.toLowerCase(), trunkId, WEBHOOK,
				PIN });
		rows.add(new Object[] { firstId + 1, organizationId, secondNumber, NAME, NAME.toLowerCase(), trunkId, WEBHOOK,
				PIN });
		return rows;
	}

}
