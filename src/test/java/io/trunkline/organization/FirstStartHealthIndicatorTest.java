package io.trunkline.organization;

import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness waits for the first start: its contributor is down until the first
 * organization and admin are there, and down again once the instance stops.
 */
@TrunklineTest
class FirstStartHealthIndicatorTest {

	@Autowired
	private FirstStart firstStart;

	@Autowired
	private FirstStartHealthIndicator indicator;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void up_once_the_first_start_is_done_and_down_while_it_is_not() {
		assertThat(this.organizations.count()).isPositive();
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
		this.firstStart.stop();
		try {
			assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
		}
		finally {
			this.firstStart.start();
		}
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

}
