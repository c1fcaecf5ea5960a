package io.trunkline.security;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class UserControlCharactersTest {

	@Autowired
	private UserService users;

	@Autowired
	private TrunklineUserDetailsService userDetails;

	@Autowired
	private TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_person_with_a_control_character_in_name_or_email_is_refused_at_that_field() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		at("displayName", () -> this.users.create(new NewUser("ctl@example.test", NUL, Role.VIEWER)));
		at("email", () -> this.users.create(new NewUser("ctl\u0000@example.test", "Ctl", Role.VIEWER)));
	}

	@Test
	void signing_in_with_a_control_character_in_the_email_is_an_unknown_user() {
		Org org = this.accounts.newOrganization();
		assertThatThrownBy(() -> this.userDetails.loadUserByUsername(org.adminEmail() + "\u0000"))
			.isInstanceOf(UsernameNotFoundException.class);
	}

}
