package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/audit-entries}: an admin key reads its organization's trail with the
 * audit view's filters, page by page; no other role, no other organization's entries, no
 * secret.
 */
@ApiTest
class AuditEntryApiIT {

	private static final String PASSWORD = "marker-audit-trunk-password-2Hv";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	private Org org;

	private CreatedApiKey key;

	private ApiClient admin;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.key = this.keys.create(this.org, Role.ADMIN);
		this.admin = new ApiClient(this.port, this.key.key());
	}

	@Test
	void an_admin_key_reads_the_trail_newest_first_filtered_and_paged() {
		this.fixtures.trunk(this.org, "Audited", PASSWORD);
		this.admin.post("/api/v1/agents", "{\"name\": \"One\"}");
		this.admin.post("/api/v1/agents", "{\"name\": \"Two\"}");
		JsonNode created = ApiClient.json(this.admin.get("/api/v1/audit-entries?action=CREATE&entity_type=AGENT"));
		assertThat(created.get("data")).hasSize(2);
		JsonNode newest = created.get("data").get(0);
		// the trail keeps every actor in lower case, as the audit view's user filter
		// matches it
		assertThat(newest.get("user_email").asString()).isEqualToIgnoringCase("api-key:" + this.key.summary().keyId());
		assertThat(newest.get("user_id").isNull()).isTrue();
		assertThat(newest.get("changes").valueStream().map((change) -> change.get("new_value").asString()))
			.contains("Two");

		JsonNode first = ApiClient.json(this.admin.get("/api/v1/audit-entries?limit=2"));
		assertThat(first.get("data")).hasSize(2);
		JsonNode second = ApiClient
			.json(this.admin.get("/api/v1/audit-entries?limit=2&cursor=" + first.get("next_cursor").asString()));
		assertThat(second.get("data").get(0).get("id").asLong())
			.isLessThan(first.get("data").get(1).get("id").asLong());

		JsonNode trunk = ApiClient.json(this.admin.get("/api/v1/audit-entries?entity_type=SIP_TRUNK"));
		assertThat(trunk.get("data").get(0).get("user_email").asString()).isEqualTo(this.org.adminEmail());
		assertThat(ApiClient.json(this.admin.get("/api/v1/audit-entries?user=api-key:")).get("data"))
			.allSatisfy((entry) -> assertThat(entry.get("user_email").asString()).startsWith("api-key:"));
		assertThat(ApiClient.json(this.admin.get("/api/v1/audit-entries?from=2999-01-01T00:00:00Z")).get("data"))
			.isEmpty();
		assertThat(ApiClient.json(this.admin.get("/api/v1/audit-entries?to=2000-01-01T00:00:00Z")).get("data"))
			.isEmpty();
		String secret = this.key.key().substring(this.key.summary().prefix().length() + 1);
		assertThat(ApiClient.allAnswers()).doesNotContain(PASSWORD).doesNotContain(secret);
	}

	@Test
	void bad_filters_limits_and_cursors_are_400() {
		assertProblem(this.admin.get("/api/v1/audit-entries?limit=1001"), 400, "invalid_limit");
		assertProblem(this.admin.get("/api/v1/audit-entries?cursor=bm9wZQ"), 400, "invalid_cursor");
		assertProblem(this.admin.get("/api/v1/audit-entries?action=PAINT"), 400, "bad_request");
		assertProblem(this.admin.get("/api/v1/audit-entries?from=yesterday"), 400, "bad_request");
	}

	@Test
	void another_organizations_entries_are_never_listed() {
		Org other = this.accounts.newOrganization();
		this.fixtures.trunk(other, "Theirs", "their-password");
		this.fixtures.trunk(this.org, "Mine", "my-password");
		JsonNode entries = ApiClient.json(this.admin.get("/api/v1/audit-entries?entity_type=SIP_TRUNK&limit=1000"));
		assertThat(entries.get("data")).hasSize(1);
		assertThat(entries.get("data").get(0).get("user_email").asString()).isEqualTo(this.org.adminEmail());
	}

	@Test
	void agent_manager_and_viewer_keys_may_not_read_the_trail() {
		for (Role role : new Role[] { Role.AGENT_MANAGER, Role.VIEWER }) {
			ApiClient client = new ApiClient(this.port, this.keys.create(this.org, role).key());
			HttpResponse<String> answer = client.get("/api/v1/audit-entries");
			assertProblem(answer, 403, "forbidden");
		}
	}

}
