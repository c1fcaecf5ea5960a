package io.trunkline.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail's migration, writes and filtered queries on a real PostgreSQL.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class AuditPostgresIT extends PostgresTestBase {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private AuditService audit;

	@Autowired
	private AuditExport export;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void entries_are_written_and_filtered_per_organization_on_postgresql() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.fixtures.trunk(a, "A_carrier 100%", "pw");
		this.fixtures.trunk(b, "B carrier", "pw");

		this.accounts.signIn(a.adminEmail());
		assertThat(this.audit.page(AuditFilter.NONE, Pageable.ofSize(50))).extracting(AuditRow::organizationId)
			.isNotEmpty()
			.containsOnly(a.id());
		Instant now = Instant.now();
		AuditFilter trunks = new AuditFilter(a.adminEmail().substring(0, 8).toUpperCase(), AuditAction.CREATE,
				AuditEntityType.SIP_TRUNK, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
		assertThat(this.audit.page(trunks, Pageable.ofSize(50))).singleElement()
			.extracting(AuditRow::changesText)
			.asString()
			.startsWith("name: A_carrier 100%");
		assertThat(this.audit.page(new AuditFilter("admin_", null, null, null, null), Pageable.ofSize(50))).isEmpty();
		StringWriter csv = new StringWriter();
		this.export.write(trunks, csv);
		assertThat(csv.toString()).contains("A_carrier 100%").doesNotContain("B carrier");
	}

}
