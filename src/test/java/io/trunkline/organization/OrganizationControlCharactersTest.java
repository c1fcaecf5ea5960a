package io.trunkline.organization;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;

@TrunklineTest
class OrganizationControlCharactersTest {

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private TestAccounts accounts;

	@Test
	void an_organization_with_a_control_character_in_a_name_is_refused_at_that_field() {
		at("name", () -> this.accounts.asOperator(() -> this.organizations.create(command(NUL, "Ops Person"))));
		at("adminName", () -> this.accounts.asOperator(() -> this.organizations.create(command("Acme", NUL))));
	}

	private static NewOrganization command(String name, String adminName) {
		NewOrganization command = new NewOrganization();
		command.setName(name);
		command.setSlug("ctl-org");
		command.setDefaultRegion("US");
		command.setAdminEmail("ops@ctl-org.test");
		command.setAdminName(adminName);
		return command;
	}

}
