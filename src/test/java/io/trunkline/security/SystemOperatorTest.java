package io.trunkline.security;

import io.trunkline.TrunklineTest;
import io.trunkline.organization.OrganizationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The system operator role exists for start-up tasks only: the first start used it, and
 * nothing can borrow it once the console runs.
 */
@TrunklineTest
class SystemOperatorTest {

	@Autowired
	private CurrentUser currentUser;

	@Autowired
	private OrganizationService organizations;

	@Test
	void after_start_up_nothing_runs_as_the_system_operator() {
		assertThatThrownBy(
				() -> this.currentUser.callAsSystemOperator(() -> this.organizations.list(PageRequest.of(0, 10))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Only start-up tasks run as the system operator");
		assertThat(this.currentUser.get()).isEmpty();
	}

}
