package io.trunkline.organization;

import io.trunkline.base.FieldException;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class OrganizationServiceTest {

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void operator_opens_an_organization_with_its_first_admin() {
		CreatedOrganization created = this.accounts.asOperator(() -> this.organizations.create(command("acme-voice")));
		assertThat(created.organization().slug()).isEqualTo("acme-voice");
		assertThat(created.organization().regionName()).isEqualTo("Germany");
		assertThat(created.admin().temporaryPassword()).hasSize(20);
		this.accounts.signIn(created.admin().email());
		assertThat(this.organizations.current().name()).isEqualTo("Acme Voice");
	}

	@Test
	void taken_slug_is_refused_at_the_slug_field() {
		this.accounts.asOperator(() -> this.organizations.create(command("taken-slug")));
		NewOrganization again = command("taken-slug");
		again.setAdminEmail("another@taken-slug.test");
		assertThatThrownBy(() -> this.accounts.asOperator(() -> this.organizations.create(again)))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("slug");
	}

	@Test
	void admin_email_in_use_is_refused_at_the_admin_email_field_and_nothing_is_stored() {
		NewOrganization command = command("email-in-use");
		command.setAdminEmail("bootstrap-admin@trunkline.test");
		assertThatThrownBy(() -> this.accounts.asOperator(() -> this.organizations.create(command)))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("adminEmail");
		NewOrganization retry = command("email-in-use");
		assertThat(this.accounts.asOperator(() -> this.organizations.create(retry)).organization().slug())
			.isEqualTo("email-in-use");
	}

	@Test
	void unknown_region_is_refused() {
		NewOrganization command = command("no-region");
		command.setDefaultRegion("XX");
		assertThatThrownBy(() -> this.accounts.asOperator(() -> this.organizations.create(command)))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("defaultRegion");
	}

	@Test
	void admins_who_are_not_operators_cannot_open_or_list_organizations() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		assertThatThrownBy(() -> this.organizations.create(command("not-allowed")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.organizations.list(Pageable.ofSize(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.organizations.current().id()).isEqualTo(org.id());
	}

	@Test
	void an_operator_corrects_the_name_and_region_and_the_change_is_audited() {
		long id = this.accounts.asOperator(() -> this.organizations.create(command("to-correct"))).organization().id();
		OrganizationUpdate update = new OrganizationUpdate();
		update.setName("Acme Voice UK");
		update.setDefaultRegion("GB");
		OrganizationSummary saved = this.accounts.asOperator(() -> this.organizations.update(id, update));
		assertThat(saved.name()).isEqualTo("Acme Voice UK");
		assertThat(saved.defaultRegion()).isEqualTo("GB");
		assertThat(saved.slug()).isEqualTo("to-correct");
		assertThat(this.jdbc.queryForList(
				"select changes from audit_entry where action = 'UPDATE' and entity_type = 'ORGANIZATION' and entity_id = ?",
				String.class, id))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("Acme Voice UK", "GB", "DE");
	}

	@Test
	void an_unknown_region_or_an_admin_cannot_change_an_organization() {
		Org org = this.accounts.newOrganization();
		OrganizationUpdate update = new OrganizationUpdate();
		update.setName("Renamed");
		update.setDefaultRegion("XX");
		assertThatThrownBy(() -> this.accounts.asOperator(() -> this.organizations.update(org.id(), update)))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("defaultRegion");
		update.setDefaultRegion("GB");
		this.accounts.signIn(org.adminEmail());
		assertThatThrownBy(() -> this.organizations.update(org.id(), update)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.organizations.current().name()).isNotEqualTo("Renamed");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			GB                   | GB
			gb                   | GB
			United Kingdom       | GB
			United Kingdom (GB)  | GB
			united k             | GB
			Germany              | DE
			'  de  '             | DE
			united               |
			Atlantis             |
			''                   |
			""")
	void a_typed_region_is_found_by_code_name_or_a_unique_part(String typed, String code) {
		assertThat(Regions.find(typed)).isEqualTo(java.util.Optional.ofNullable(code));
	}

	@Test
	void slugs_are_derived_from_names() {
		assertThat(Slugs.of("Acme Voice, Inc.")).isEqualTo("acme-voice-inc");
		assertThat(Slugs.of("Café Zürich")).isEqualTo("cafe-zurich");
		assertThat(Slugs.of("!!!")).isEqualTo("organization");
	}

	private static NewOrganization command(String slug) {
		NewOrganization command = new NewOrganization();
		command.setName("Acme Voice");
		command.setSlug(slug);
		command.setDefaultRegion("DE");
		command.setAdminEmail("admin@" + slug + ".test");
		command.setAdminName("Ada Admin");
		return command;
	}

}
