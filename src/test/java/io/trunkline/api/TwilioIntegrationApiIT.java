package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TwilioSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/twilio-integrations}: each operation, each documented error, roles,
 * organizations, and a token that never leaves the server.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class TwilioIntegrationApiIT {

	static final String TOKEN = "marker-twilio-token-4Rw";

	static final String NEW_INTEGRATION = "{\"name\": \"Twilio US\", \"account_sid\": \"AC"
			+ "0123456789abcdef".repeat(2) + "\", \"auth_token\": \"" + TOKEN + "\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private Org org;

	private ApiClient admin;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
	}

	@Test
	void an_admin_key_creates_reads_changes_and_deletes_an_integration(CapturedOutput output) {
		HttpResponse<String> created = this.admin.post("/api/v1/twilio-integrations", NEW_INTEGRATION);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode integration = ApiClient.json(created);
		long id = integration.get("id").asLong();
		String path = "/api/v1/twilio-integrations/" + id;
		assertThat(created.headers().firstValue("Location")).hasValue(path);
		assertThat(integration.get("auth_token_set").asBoolean()).isTrue();
		assertThat(integration.has("auth_token")).isFalse();
		assertThat(
				ApiClient.json(this.admin.get("/api/v1/twilio-integrations")).get("data").get(0).get("name").asString())
			.isEqualTo("Twilio US");
		HttpResponse<String> read = this.admin.get(path);
		HttpResponse<String> changed = this.admin.patch(path, "{\"name\": \"Twilio EU\", \"auth_token\": \"\"}",
				"If-Match: " + read.headers().firstValue("ETag").orElseThrow());
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(ApiClient.json(changed).get("name").asString()).isEqualTo("Twilio EU");
		assertThat(ApiClient.json(changed).get("auth_token_set").asBoolean()).isTrue();
		this.admin.post("/api/v1/twilio-integrations", "{\"name\": \"\", \"auth_token\": \"" + TOKEN + "\"}");
		assertThat(this.admin.delete(path).statusCode()).isEqualTo(204);
		assertProblem(this.admin.get(path), 404, "not_found");

		String everywhere = ApiClient.allAnswers() + "\n" + output.getAll() + "\n"
				+ String.join("\n", this.jdbc.queryForList("select changes from audit_entry", String.class))
				+ this.admin.anonymous().get("/v3/api-docs").body();
		assertThat(everywhere).contains("auth_token_set").doesNotContain(TOKEN);
	}

	@Test
	void errors_are_problems_with_their_codes() {
		JsonNode noToken = assertProblem(this.admin.post("/api/v1/twilio-integrations",
				NEW_INTEGRATION.replace(", \"auth_token\": \"" + TOKEN + "\"", "")), 422, "validation_failed");
		assertThat(noToken.get("errors").get(0).get("code").asString()).isEqualTo("auth_token_missing");
		JsonNode badSid = assertProblem(
				this.admin.post("/api/v1/twilio-integrations", NEW_INTEGRATION.replace("AC0123", "XX0123")), 422,
				"validation_failed");
		assertThat(badSid.get("errors").get(0).get("field").asString()).isEqualTo("accountSid");
		JsonNode first = ApiClient.json(this.admin.post("/api/v1/twilio-integrations", NEW_INTEGRATION));
		String path = "/api/v1/twilio-integrations/" + first.get("id").asLong();
		long version = first.get("version").asLong();
		assertThat(this.admin.patch(path, "{\"name\": \"A\", \"version\": " + version + "}").statusCode())
			.isEqualTo(200);
		assertProblem(this.admin.patch(path, "{\"name\": \"B\"}", "If-Match: \"" + version + "\""), 412,
				"version_mismatch");
		assertProblem(this.admin.patch(path, "{\"name\": \"B\", \"version\": " + version + "}"), 409,
				"concurrent_change");
		assertProblem(this.admin.patch(path, "{\"name\": \"B\"}"), 428, "version_required");
	}

	@Test
	void deleting_an_integration_in_use_is_409_naming_how_many_numbers_use_it() {
		TwilioSummary integration = this.fixtures.twilio(this.org, "Busy", "token");
		ApiClient manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
		for (String number : new String[] { "+14155550301", "+14155550302" }) {
			assertThat(manager
				.post("/api/v1/phone-numbers",
						"{\"number\": \"" + number + "\", \"provider\": \"TWILIO\", \"twilio_integration_id\": "
								+ integration.id() + "}")
				.statusCode()).isEqualTo(201);
		}
		JsonNode problem = assertProblem(this.admin.delete("/api/v1/twilio-integrations/" + integration.id()), 409,
				"integration_in_use");
		assertThat(problem.get("used_by").asLong()).isEqualTo(2);
		assertThat(problem.get("detail").asString()).contains("2 numbers");
	}

	@Test
	void another_organizations_integration_is_not_found_and_stays_unchanged() {
		Org other = this.accounts.newOrganization();
		TwilioSummary theirs = this.fixtures.twilio(other, "Theirs", "their-token");
		String path = "/api/v1/twilio-integrations/" + theirs.id();
		assertProblem(this.admin.get(path), 404, "not_found");
		assertProblem(this.admin.patch(path, "{\"name\": \"Mine\", \"version\": " + theirs.version() + "}"), 404,
				"not_found");
		assertProblem(this.admin.delete(path), 404, "not_found");
		assertThat(
				this.jdbc.queryForObject("select name from twilio_integration where id = ?", String.class, theirs.id()))
			.isEqualTo("Theirs");
	}

	@Test
	void viewer_and_agent_manager_keys_read_integrations_but_may_not_change_them() {
		TwilioSummary integration = this.fixtures.twilio(this.org, "Kept", "token");
		String path = "/api/v1/twilio-integrations/" + integration.id();
		for (Role role : new Role[] { Role.VIEWER, Role.AGENT_MANAGER }) {
			ApiClient client = new ApiClient(this.port, this.keys.create(this.org, role).key());
			assertThat(client.get(path).statusCode()).isEqualTo(200);
			assertProblem(client.post("/api/v1/twilio-integrations", NEW_INTEGRATION), 403, "forbidden");
			assertProblem(client.patch(path, "{\"name\": \"X\", \"version\": " + integration.version() + "}"), 403,
					"forbidden");
			assertProblem(client.delete(path), 403, "forbidden");
		}
		JsonNode list = ApiClient.json(this.admin.get("/api/v1/twilio-integrations")).get("data");
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("name").asString()).isEqualTo("Kept");
	}

}
