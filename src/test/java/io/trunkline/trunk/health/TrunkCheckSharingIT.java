package io.trunkline.trunk.health;

import io.trunkline.TrunklineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** {@link SharedCheckStateContract} on H2. */
@TrunklineTest
@Import(SharedChecks.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:trunk-check-sharing;DB_CLOSE_DELAY=-1",
		"trunkline.sip.timeout=1s", "trunkline.sip.tls.timeout=1s", "trunkline.sip.check-now-cooldown=10s" })
class TrunkCheckSharingIT implements SharedCheckStateContract {

	@Autowired
	private SharedChecks shared;

	@Override
	public SharedChecks shared() {
		return this.shared;
	}

}
