package io.trunkline.trunk.health;

import io.trunkline.PostgresTestBase;
import io.trunkline.security.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link SharedCheckStateContract} on PostgreSQL, where the claims' conditional updates
 * race under read committed.
 */
@Import({ TestAccounts.class, SharedChecks.class })
@TestPropertySource(properties = { "trunkline.sip.timeout=1s", "trunkline.sip.tls.timeout=1s",
		"trunkline.sip.check-now-cooldown=10s" })
class TrunkCheckSharingPostgresIT extends PostgresTestBase implements SharedCheckStateContract {

	@Autowired
	private SharedChecks shared;

	@Override
	public SharedChecks shared() {
		return this.shared;
	}

}
