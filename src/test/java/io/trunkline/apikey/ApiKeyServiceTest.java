package io.trunkline.apikey;

import java.util.List;
import java.util.Map;

import io.trunkline.TrunklineTest;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class ApiKeyServiceTest {

	@Autowired
	private ApiKeyService keys;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_key_is_stored_only_as_its_keyed_digest() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		CreatedApiKey created = this.keys.create(new NewApiKey("Script", Role.VIEWER, 90));
		String secret = created.key().substring(created.summary().prefix().length() + 1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from api_key where id = ?", created.summary().id());
		assertThat(row.values().toString()).doesNotContain(secret);
		assertThat((String) row.get("digest")).hasSize(64).isNotEqualTo(secret);
		assertThat(created.toString()).doesNotContain(secret);
		assertThat(created.summary().expiresAt()).isEqualTo(created.summary().createdAt().plusSeconds(90L * 86400));
		String audit = String.join("\n",
				this.jdbc.queryForList(
						"select changes from audit_entry where organization_id = ? and entity_type = 'API_KEY'",
						String.class, org.id()));
		assertThat(audit).contains(created.summary().keyId()).doesNotContain(secret);
	}

	@Test
	void only_admins_manage_keys() {
		Org org = this.accounts.newOrganization();
		for (Role role : List.of(Role.AGENT_MANAGER, Role.VIEWER)) {
			this.accounts.signIn(this.accounts.addUser(org, role));
			assertThatThrownBy(() -> this.keys.create(new NewApiKey("Mine", Role.VIEWER, 90)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.keys.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void a_validity_over_a_year_is_refused() {
		this.accounts.signIn(this.accounts.newOrganization().adminEmail());
		assertThatThrownBy(() -> this.keys.create(new NewApiKey("Long", Role.VIEWER, 366)))
			.isInstanceOf(ConstraintViolationException.class);
	}

	@Test
	void another_organizations_key_is_not_found_and_stays_usable() {
		Org mine = this.accounts.newOrganization();
		Org theirs = this.accounts.newOrganization();
		this.accounts.signIn(theirs.adminEmail());
		CreatedApiKey their = this.keys.create(new NewApiKey("Theirs", Role.ADMIN, 90));
		this.accounts.signIn(mine.adminEmail());
		assertThatThrownBy(() -> this.keys.revoke(their.summary().id())).isInstanceOf(NotFoundException.class);
		assertThat(this.keys.list(PageRequest.of(0, 50))).extracting(ApiKeySummary::id)
			.doesNotContain(their.summary().id());
		assertThat(this.jdbc.queryForObject("select revoked_at from api_key where id = ?", Object.class,
				their.summary().id()))
			.isNull();
	}

}
