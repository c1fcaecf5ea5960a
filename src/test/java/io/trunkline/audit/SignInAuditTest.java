package io.trunkline.audit;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Sign-ins through the real sign-in endpoint and filter chain, as the trail records them.
 */
@TrunklineTest
@ExtendWith(OutputCaptureExtension.class)
class SignInAuditTest {

	private static final String PASSWORD = "a-chosen-password-1";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.trail = new AuditTrail(this.jdbc);
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_sign_in_is_recorded_in_the_persons_organization() throws Exception {
		Org org = this.accounts.newOrganization();
		this.accounts.setPassword(org.adminEmail(), PASSWORD);
		this.mvc.perform(formLogin("/login").user(org.adminEmail()).password(PASSWORD)).andExpect(authenticated());

		AuditTrail.Entry entry = this.trail.last(org.id(), AuditAction.SIGN_IN, AuditEntityType.USER);
		assertThat(entry.userId()).isEqualTo(org.adminId());
		assertThat(entry.userEmail()).isEqualTo(org.adminEmail());
		assertThat(entry.entityId()).isEqualTo(org.adminId());
	}

	@Test
	void a_wrong_password_is_recorded_for_the_account_without_the_typed_password() throws Exception {
		Org org = this.accounts.newOrganization();
		this.mvc.perform(formLogin("/login").user(org.adminEmail()).password("marker-typed-password-8841"))
			.andExpect(unauthenticated());

		AuditTrail.Entry entry = this.trail.last(org.id(), AuditAction.SIGN_IN_FAILED, AuditEntityType.USER);
		assertThat(entry.userId()).isEqualTo(org.adminId());
		entry.hasChange("reason", null, "wrong password");
		assertThat(this.trail.everything()).doesNotContain("marker-typed-password-8841");
	}

	@Test
	void an_unknown_email_is_a_platform_entry_with_the_typed_email() throws Exception {
		this.mvc.perform(formLogin("/login").user(" Nobody-7731@Example.test").password("whatever-password"))
			.andExpect(unauthenticated());

		AuditTrail.Entry entry = platformFailure("nobody-7731");
		assertThat(entry.userEmail()).isEqualTo("nobody-7731@example.test");
		assertThat(entry.userId()).isNull();
		assertThat(entry.organizationId()).isNull();
		entry.hasChange("reason", null, "unknown email");
	}

	@Test
	void a_password_typed_as_the_email_is_kept_only_as_first_character_and_length(CapturedOutput log) throws Exception {
		this.mvc.perform(formLogin("/login").user("Marker-Secret-5521!").password("")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("zz-p@ssw0rd-6630").password("")).andExpect(unauthenticated());

		assertThat(platformFailure("m…").userEmail()).isEqualTo("m… (19 characters, not an email)");
		assertThat(platformFailure("z…").userEmail()).isEqualTo("z… (16 characters, not an email)");
		assertThat(this.trail.everything()).doesNotContainIgnoringCase("Marker-Secret-5521")
			.doesNotContain("p@ssw0rd-6630");
		assertThat(log.getAll()).doesNotContainIgnoringCase("Marker-Secret-5521").doesNotContain("p@ssw0rd-6630");
	}

	@Test
	void typed_text_that_is_no_email_is_masked_and_its_control_characters_neutralized() throws Exception {
		this.mvc.perform(formLogin("/login").user("Fake\r\nLOG LINE 9911").password("whatever-password"))
			.andExpect(unauthenticated());

		assertThat(this.trail.everything()).doesNotContainIgnoringCase("log line 9911");
		assertThat(platformFailure("f…").userEmail()).isEqualTo("f… (19 characters, not an email)");
	}

	private AuditTrail.Entry platformFailure(String start) {
		return this.trail.of(null)
			.stream()
			.filter((e) -> e.action() == AuditAction.SIGN_IN_FAILED && e.userEmail().startsWith(start))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

}
