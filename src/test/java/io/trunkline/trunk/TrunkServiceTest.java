package io.trunkline.trunk;

import io.trunkline.TrunklineTest;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class TrunkServiceTest {

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TwilioIntegrationService integrations;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void sips_uri_means_tls_and_defaults_are_tcp_and_allow() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		TrunkCommand command = new TrunkCommand();
		command.setName("Secure");
		command.setTerminationUri("sips:secure.example.com:5061");
		command.setTransport(Transport.UDP);
		TrunkSummary saved = this.trunks.create(command);
		assertThat(saved.transport()).isEqualTo(Transport.TLS);
		assertThat(saved.mediaEncryption()).isEqualTo(MediaEncryption.ALLOW);
		assertThat(saved.passwordSet()).isFalse();
		assertThat(saved.registrationStatus()).isEqualTo("Off");
		assertThat(new TrunkCommand().getTransport()).isEqualTo(Transport.TCP);
	}

	@Test
	void a_transport_parameter_that_disagrees_with_the_chosen_transport_is_refused_not_overridden() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		TrunkCommand command = new TrunkCommand();
		command.setName("Carrier UDP");
		command.setTerminationUri("sip:user@pbx.example.com;transport=udp");
		assertThatThrownBy(() -> this.trunks.create(command)).isInstanceOf(FieldException.class)
			.extracting("code")
			.isEqualTo("uri_transport_conflict");
		command.setTransport(Transport.UDP);
		assertThat(this.trunks.create(command).transport()).isEqualTo(Transport.UDP);
	}

	@Test
	void trunk_names_are_unique_in_an_organization_only() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.fixtures.trunk(a, "Carrier", "pw");
		this.fixtures.trunk(b, "Carrier", "pw");
		TrunkCommand again = new TrunkCommand();
		again.setName("carrier");
		again.setTerminationUri("pbx.example.com");
		this.accounts.signIn(a.adminEmail());
		assertThatThrownBy(() -> this.trunks.create(again)).isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("name");
	}

	@Test
	void password_is_kept_when_left_empty_and_removed_on_request() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		TrunkCommand command = TrunkCommand.of(trunk);
		command.setName("Main renamed");
		TrunkSummary renamed = this.trunks.update(trunk.id(), trunk.version(), command);
		assertThat(renamed.passwordSet()).isTrue();
		TrunkCommand clear = TrunkCommand.of(renamed);
		clear.setClearPassword(true);
		assertThat(this.trunks.update(renamed.id(), renamed.version(), clear).passwordSet()).isFalse();
		assertThatThrownBy(() -> this.trunks.update(trunk.id(), trunk.version(), command))
			.isInstanceOf(ConcurrentChangeException.class);
	}

	@Test
	void a_trunk_or_integration_in_use_cannot_be_deleted_and_the_count_is_named() {
		Org org = this.accounts.newOrganization();
		TrunkSummary used = this.fixtures.trunk(org, "Used", "pw");
		this.fixtures.number(org, used, "+1 415 555 0601");
		this.fixtures.number(org, used, "+1 415 555 0602");
		TrunkSummary unused = this.fixtures.trunk(org, "Unused", "pw");
		this.accounts.signIn(org.adminEmail());
		assertThatThrownBy(() -> this.trunks.delete(used.id())).hasMessageContaining("used by 2 numbers");
		this.trunks.delete(unused.id());
		assertThat(this.trunks.list()).extracting(TrunkSummary::name).containsExactly("Used");
		TwilioSummary twilio = this.fixtures.twilio(org, "Tw", "token");
		this.accounts.signIn(org.adminEmail());
		this.integrations.delete(twilio.id());
		assertThat(this.integrations.list()).isEmpty();
	}

	@Test
	void twilio_account_sid_and_token_are_checked() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		TwilioCommand command = new TwilioCommand();
		command.setName("Tw");
		command.setAccountSid("AC" + "0".repeat(32));
		assertThatThrownBy(() -> this.integrations.create(command)).extracting("field").isEqualTo("newAuthToken");
		command.setNewAuthToken("token");
		command.setAccountSid("AC123");
		assertThatThrownBy(() -> this.integrations.create(command))
			.isInstanceOf(jakarta.validation.ConstraintViolationException.class)
			.hasMessageContaining("32 hexadecimal");
	}

	@Test
	void another_organizations_trunks_and_integrations_are_not_found_and_unchanged() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		TrunkSummary bTrunk = this.fixtures.trunk(b, "B trunk", "pw");
		TwilioSummary bTwilio = this.fixtures.twilio(b, "B twilio", "token");
		this.accounts.signIn(a.adminEmail());
		assertThat(this.trunks.list()).isEmpty();
		assertThat(this.integrations.list()).isEmpty();
		assertThatThrownBy(() -> this.trunks.get(bTrunk.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.trunks.update(bTrunk.id(), bTrunk.version(), TrunkCommand.of(bTrunk)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.trunks.delete(bTrunk.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.integrations.get(bTwilio.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.integrations.update(bTwilio.id(), bTwilio.version(), TwilioCommand.of(bTwilio)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.integrations.delete(bTwilio.id())).isInstanceOf(NotFoundException.class);
		this.accounts.signIn(b.adminEmail());
		assertThat(this.trunks.get(bTrunk.id()).version()).isEqualTo(bTrunk.version());
		assertThat(this.integrations.get(bTwilio.id()).version()).isEqualTo(bTwilio.version());
	}

	@Test
	void only_admins_change_trunks_but_everybody_lists_them() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		for (Role role : new Role[] { Role.AGENT_MANAGER, Role.VIEWER }) {
			this.accounts.signIn(this.accounts.addUser(org, role));
			assertThat(this.trunks.list()).extracting(TrunkSummary::name).containsExactly("Main");
			assertThatThrownBy(() -> this.trunks.update(trunk.id(), trunk.version(), TrunkCommand.of(trunk)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.trunks.delete(trunk.id())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.integrations.create(new TwilioCommand()))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

}
