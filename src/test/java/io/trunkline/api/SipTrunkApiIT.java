package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/sip-trunks} as a client uses it: each operation, each documented error,
 * roles and organizations.
 */
@ApiTest
class SipTrunkApiIT {

	static final String NEW_TRUNK = """
			{"name": "Carrier A", "termination_uri": "sip:pbx.example.com:5060", "transport": "UDP",
			 "auth_username": "trunkline", "auth_password": "marker-trunk-password-7Qx"}""";

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
	void an_admin_key_creates_reads_changes_and_deletes_a_trunk() {
		HttpResponse<String> created = this.admin.post("/api/v1/sip-trunks", NEW_TRUNK);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode trunk = ApiClient.json(created);
		long id = trunk.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/sip-trunks/" + id);
		assertThat(trunk.get("auth_password_set").asBoolean()).isTrue();
		assertThat(trunk.get("termination_uri").asString()).isEqualTo("sip:pbx.example.com:5060");
		assertThat(trunk.has("auth_password")).isFalse();

		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks")).get("data").get(0).get("name").asString())
			.isEqualTo("Carrier A");
		HttpResponse<String> read = this.admin.get("/api/v1/sip-trunks/" + id);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"" + trunk.get("version").asLong() + "\"");

		HttpResponse<String> changed = this.admin.patch("/api/v1/sip-trunks/" + id, "{\"name\": \"Carrier B\"}",
				"If-Match: " + read.headers().firstValue("ETag").orElseThrow());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(changed).get("name").asString()).isEqualTo("Carrier B");
		assertThat(ApiClient.json(changed).get("auth_password_set").asBoolean()).isTrue();

		assertThat(this.admin.delete("/api/v1/sip-trunks/" + id).statusCode()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/sip-trunks/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void a_stale_version_is_412_with_if_match_and_409_in_the_body_and_428_without() {
		JsonNode created = ApiClient.json(this.admin.post("/api/v1/sip-trunks", NEW_TRUNK));
		long id = created.get("id").asLong();
		long read = created.get("version").asLong();
		assertThat(this.admin.patch("/api/v1/sip-trunks/" + id, "{\"name\": \"First\", \"version\": " + read + "}")
			.statusCode()).isEqualTo(200);
		assertProblem(
				this.admin.patch("/api/v1/sip-trunks/" + id, "{\"name\": \"Second\"}", "If-Match: \"" + read + "\""),
				412, "version_mismatch");
		assertProblem(this.admin.patch("/api/v1/sip-trunks/" + id, "{\"name\": \"Second\", \"version\": " + read + "}"),
				409, "concurrent_change");
		assertProblem(this.admin.patch("/api/v1/sip-trunks/" + id, "{\"name\": \"Second\"}"), 428, "version_required");
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks/" + id)).get("name").asString())
			.isEqualTo("First");
	}

	@Test
	void invalid_fields_are_422_with_every_error() {
		HttpResponse<String> answer = this.admin.post("/api/v1/sip-trunks",
				"{\"name\": \"\", \"termination_uri\": \"\"}");
		JsonNode problem = assertProblem(answer, 422, "validation_failed");
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString())).contains("name",
				"terminationUri");
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void a_duplicate_name_is_422_at_the_name() {
		this.admin.post("/api/v1/sip-trunks", NEW_TRUNK);
		JsonNode problem = assertProblem(this.admin.post("/api/v1/sip-trunks", NEW_TRUNK), 422, "validation_failed");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void unknown_fields_malformed_json_wrong_media_type_and_big_bodies_are_refused() {
		JsonNode unknown = assertProblem(
				this.admin.post("/api/v1/sip-trunks", "{\"name\": \"A\", \"termination_uri\": \"x\", \"colour\": 1}"),
				400, "unknown_field");
		assertThat(unknown.get("fields").get(0).asString()).isEqualTo("colour");
		assertProblem(this.admin.post("/api/v1/sip-trunks", "{\"name\": "), 400, "malformed_json");
		assertProblem(this.admin.send(this.admin.request("/api/v1/sip-trunks")
			.header("Content-Type", "text/plain")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("name=A"))), 415, "unsupported_media_type");
		String big = "{\"name\": \"" + "a".repeat(5000) + "\"}";
		assertProblem(this.admin.post("/api/v1/sip-trunks", big), 413, "body_too_large");
	}

	@Test
	void deleting_a_trunk_in_use_is_409_naming_how_many_numbers_use_it() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Busy", "pw");
		this.fixtures.number(this.org, trunk, "+14155550101");
		this.fixtures.number(this.org, trunk, "+14155550102");
		JsonNode problem = assertProblem(this.admin.delete("/api/v1/sip-trunks/" + trunk.id()), 409, "trunk_in_use");
		assertThat(problem.get("used_by").asLong()).isEqualTo(2);
		assertThat(problem.get("detail").asString()).contains("2 numbers");
	}

	@Test
	void another_organizations_trunk_is_not_found_and_stays_unchanged() {
		Org other = this.accounts.newOrganization();
		TrunkSummary theirs = this.fixtures.trunk(other, "Theirs", "their-password");
		String path = "/api/v1/sip-trunks/" + theirs.id();
		assertProblem(this.admin.get(path), 404, "not_found");
		assertProblem(this.admin.patch(path, "{\"name\": \"Mine\", \"version\": " + theirs.version() + "}"), 404,
				"not_found");
		assertProblem(this.admin.delete(path), 404, "not_found");
		ApiClient theirKey = new ApiClient(this.port, this.keys.create(other, Role.VIEWER).key());
		JsonNode unchanged = ApiClient.json(theirKey.get(path));
		assertThat(unchanged.get("name").asString()).isEqualTo("Theirs");
		assertThat(unchanged.get("version").asLong()).isEqualTo(theirs.version());
	}

	@Test
	void viewer_and_agent_manager_keys_read_trunks_but_may_not_change_them() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Kept", "pw");
		for (Role role : new Role[] { Role.VIEWER, Role.AGENT_MANAGER }) {
			ApiClient client = new ApiClient(this.port, this.keys.create(this.org, role).key());
			String path = "/api/v1/sip-trunks/" + trunk.id();
			assertThat(client.get(path).statusCode()).isEqualTo(200);
			assertProblem(client.post("/api/v1/sip-trunks", NEW_TRUNK), 403, "forbidden");
			assertProblem(client.patch(path, "{\"name\": \"X\", \"version\": " + trunk.version() + "}"), 403,
					"forbidden");
			assertProblem(client.delete(path), 403, "forbidden");
		}
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks")).get("data")).hasSize(1);
		assertThat(this.jdbc.queryForList(
				"select user_email from audit_entry where organization_id = ?"
						+ " and action = 'ACCESS_DENIED' and changes like '%TrunkService.create%'",
				String.class, this.org.id()))
			.hasSize(2)
			.allSatisfy((actor) -> assertThat(actor).startsWith("api-key:"));
	}

	@Test
	void an_unknown_path_is_a_404_problem() {
		assertProblem(this.admin.get("/api/v1/nothing-here"), 404, "not_found");
	}

	static JsonNode assertProblem(HttpResponse<String> answer, int status, String code) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiClient.json(answer);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(answer.body()).doesNotContain("Exception").doesNotContainIgnoringCase("select ");
		return problem;
	}

}
