package io.trunkline.security;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request filter reads the account once per HTTP request; the checks before service
 * calls in that request take its answer. Without the filter's read (a push connection, a
 * test) every check reads the account.
 */
@TrunklineTest
class AccountCheckTest {

	@Autowired
	private AccountCheck check;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private UserService users;

	private Org org;

	private String person;

	@BeforeEach
	void aPerson() {
		this.org = this.accounts.newOrganization();
		this.person = this.accounts.addUser(this.org, Role.AGENT_MANAGER);
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
		this.accounts.signOut();
	}

	@Test
	void an_account_disabled_during_a_request_is_refused_from_the_next_request_on() {
		newRequest();
		this.accounts.signIn(this.person);
		assertThat(this.check.refreshForRequest()).isTrue();
		disable();
		assertThat(this.check.refresh()).as("later in the same request: the filter's read").isTrue();
		newRequest();
		assertThat(this.check.refreshForRequest()).as("the next request").isFalse();
		assertThat(this.check.refresh()).as("later in that request").isFalse();
	}

	@Test
	void without_the_filters_read_each_check_reads_the_account() {
		newRequest();
		this.accounts.signIn(this.person);
		assertThat(this.check.refresh()).isTrue();
		disable();
		assertThat(this.check.refresh()).isFalse();
	}

	@Test
	void the_filters_read_for_one_person_does_not_answer_for_another() {
		newRequest();
		this.accounts.signIn(this.org.adminEmail());
		assertThat(this.check.refreshForRequest()).isTrue();
		disable();
		this.accounts.signIn(this.person);
		assertThat(this.check.refresh()).isFalse();
	}

	private void disable() {
		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(this.person), new UserUpdate(Role.AGENT_MANAGER, false)));
	}

	private static void newRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

}
