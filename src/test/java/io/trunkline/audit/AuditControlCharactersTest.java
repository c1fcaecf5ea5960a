package io.trunkline.audit;

import java.io.StringWriter;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;

@TrunklineTest
class AuditControlCharactersTest {

	@Autowired
	private AuditService audit;

	@Autowired
	private AuditExport export;

	@Autowired
	private TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_user_filter_with_a_control_character_is_refused_by_the_trail_and_its_export() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AuditFilter filter = new AuditFilter(NUL, null, null, null, null);
		at("user", () -> this.audit.page(filter, PageRequest.of(0, 10)));
		at("user", () -> this.export.write(filter, new StringWriter()));
	}

}
