package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/agents} as a client uses it: CRUD, publishing, tags, each documented
 * error, roles and organizations.
 */
@ApiTest
class AgentApiIT {

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

	private ApiClient manager;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
	}

	@Test
	void an_agent_manager_key_creates_publishes_tags_changes_and_deletes_an_agent() {
		HttpResponse<String> created = this.manager.post("/api/v1/agents", AgentController.CREATE_EXAMPLE);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode agent = ApiClient.json(created);
		long id = agent.get("id").asLong();
		String path = "/api/v1/agents/" + id;
		assertThat(created.headers().firstValue("Location")).hasValue(path);
		assertThat(agent.get("external_id").asString()).isEqualTo("agt_frontdesk");
		assertThat(agent.get("latest_version").asInt()).isZero();

		JsonNode published = ApiClient.json(this.manager.post(path + "/versions", ""));
		assertThat(published.get("latest_version").asInt()).isEqualTo(1);
		HttpResponse<String> tagged = this.manager.send(this.manager.request(path + "/tags/prod")
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"published_version\": 1, \"version\": " + published.get("version").asLong() + "}")));
		assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
		assertThat(ApiClient.json(tagged).get("tags").get("prod").asInt()).isEqualTo(1);

		HttpResponse<String> read = this.manager.get(path);
		HttpResponse<String> renamed = this.manager.patch(path, "{\"name\": \"Reception\"}",
				"If-Match: " + read.headers().firstValue("ETag").orElseThrow());
		assertThat(renamed.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(renamed).get("name").asString()).isEqualTo("Reception");
		assertThat(ApiClient.json(renamed).get("tags").get("prod").asInt()).isEqualTo(1);
		assertThat(ApiClient.json(renamed).get("external_id").asString()).isEqualTo("agt_frontdesk");

		HttpResponse<String> untagged = this.manager.delete(path + "/tags/prod?version=" + json(renamed, "version"));
		assertThat(untagged.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(untagged).get("tags").size()).isZero();
		assertThat(ApiClient.json(this.manager.get("/api/v1/agents")).get("data").get(0).get("name").asString())
			.isEqualTo("Reception");
		assertThat(this.manager.delete(path).statusCode()).isEqualTo(204);
		assertProblem(this.manager.get(path), 404, "not_found");
	}

	@Test
	void stale_missing_and_invalid_versions_and_fields_are_refused() {
		AgentSummary agent = this.fixtures.agent(this.org, "Support", 1);
		String path = "/api/v1/agents/" + agent.id();
		assertThat(this.manager.patch(path, "{\"name\": \"First\", \"version\": " + agent.version() + "}").statusCode())
			.isEqualTo(200);
		assertProblem(this.manager.patch(path, "{\"name\": \"Second\"}", "If-Match: \"" + agent.version() + "\""), 412,
				"version_mismatch");
		assertProblem(this.manager.patch(path, "{\"name\": \"Second\", \"version\": " + agent.version() + "}"), 409,
				"concurrent_change");
		assertProblem(this.manager.patch(path, "{\"name\": \"Second\"}"), 428, "version_required");
		assertProblem(this.manager.delete(path + "/tags/prod"), 428, "version_required");
		long current = ApiClient.json(this.manager.get(path)).get("version").asLong();
		JsonNode unpublished = assertProblem(putTag(this.manager, path + "/tags/prod", 5, current), 422,
				"validation_failed");
		assertThat(unpublished.get("errors").get(0).get("field").asString()).isEqualTo("tags");
		assertThat(unpublished.get("errors").get(0).get("code").asString()).isEqualTo("tag_version_unpublished");
		assertProblem(putTag(this.manager, path + "/tags/v2", 1, current), 422, "validation_failed");
		assertProblem(this.manager.delete(path + "/tags/none?version=" + current), 404, "not_found");
		JsonNode blank = assertProblem(this.manager.post("/api/v1/agents", "{\"name\": \"\"}"), 422,
				"validation_failed");
		assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("name");
		JsonNode taken = assertProblem(this.manager.post("/api/v1/agents", "{\"name\": \"FIRST\"}"), 422,
				"validation_failed");
		assertThat(taken.get("errors").get(0).get("code").asString()).isEqualTo("name_taken");
		assertProblem(this.manager.post("/api/v1/agents", "{\"name\": \"A\", \"colour\": 1}"), 400, "unknown_field");
		assertProblem(this.manager.post("/api/v1/agents", "{\"name\": "), 400, "malformed_json");
		assertThat(ApiClient.json(this.manager.get(path)).get("name").asString()).isEqualTo("First");
	}

	@Test
	void an_agent_bound_to_a_number_is_409_unless_deleted_with_its_bindings() {
		AgentSummary agent = this.fixtures.agent(this.org, "Bound", 1);
		var trunk = this.fixtures.trunk(this.org, "T", "pw");
		ApiClient admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
		HttpResponse<String> imported = admin.post("/api/v1/import-jobs",
				"{\"rows\": [{\"phone_number\": \"+14155550181\"}], \"sip_trunk_id\": " + trunk.id()
						+ ", \"inbound_agents\": [{\"agent_id\": " + agent.id() + "}]}");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(202);
		ImportJobApiIT.awaitFinished(admin, imported.headers().firstValue("Location").orElseThrow());
		String path = "/api/v1/agents/" + agent.id();
		JsonNode inUse = assertProblem(this.manager.delete(path), 409, "agent_in_use");
		assertThat(inUse.get("used_by").asLong()).isEqualTo(1);
		assertThat(this.manager.delete(path + "?with_bindings=true").statusCode()).isEqualTo(204);
		assertProblem(this.manager.get(path), 404, "not_found");
	}

	@Test
	void another_organizations_agent_is_not_found_and_stays_unchanged() {
		Org other = this.accounts.newOrganization();
		AgentSummary theirs = this.fixtures.agent(other, "Theirs", 1);
		String path = "/api/v1/agents/" + theirs.id();
		assertProblem(this.manager.get(path), 404, "not_found");
		assertProblem(this.manager.patch(path, "{\"name\": \"Mine\", \"version\": " + theirs.version() + "}"), 404,
				"not_found");
		assertProblem(this.manager.post(path + "/versions", ""), 404, "not_found");
		assertProblem(putTag(this.manager, path + "/tags/prod", 1, theirs.version()), 404, "not_found");
		assertProblem(this.manager.delete(path + "/tags/prod?version=" + theirs.version()), 404, "not_found");
		assertProblem(this.manager.delete(path), 404, "not_found");
		assertProblem(this.manager.delete(path + "?with_bindings=true"), 404, "not_found");
		ApiClient theirKey = new ApiClient(this.port, this.keys.create(other, Role.VIEWER).key());
		JsonNode unchanged = ApiClient.json(theirKey.get(path));
		assertThat(unchanged.get("name").asString()).isEqualTo("Theirs");
		assertThat(unchanged.get("version").asLong()).isEqualTo(theirs.version());
		assertThat(unchanged.get("latest_version").asInt()).isEqualTo(1);
		assertThat(unchanged.get("tags").size()).isZero();
	}

	@Test
	void a_viewer_key_reads_agents_but_may_not_change_them() {
		AgentSummary created = this.fixtures.agent(this.org, "Kept", 1);
		HttpResponse<String> tagged = putTag(this.manager, "/api/v1/agents/" + created.id() + "/tags/prod", 1,
				created.version());
		assertThat(tagged.statusCode()).isEqualTo(200);
		AgentSummary agent = new AgentSummary(created.id(), json(tagged, "version"), created.name(), null,
				created.externalId(), 1, java.util.Map.of("prod", 1));
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
		String path = "/api/v1/agents/" + agent.id();
		assertThat(viewer.get(path).statusCode()).isEqualTo(200);
		assertThat(viewer.get("/api/v1/agents").statusCode()).isEqualTo(200);
		assertProblem(viewer.post("/api/v1/agents", AgentController.CREATE_EXAMPLE), 403, "forbidden");
		assertProblem(viewer.patch(path, "{\"name\": \"X\", \"version\": " + agent.version() + "}"), 403, "forbidden");
		assertProblem(viewer.post(path + "/versions", ""), 403, "forbidden");
		assertProblem(putTag(viewer, path + "/tags/prod", 1, agent.version()), 403, "forbidden");
		assertProblem(viewer.delete(path + "/tags/prod?version=" + agent.version()), 403, "forbidden");
		assertProblem(viewer.delete(path), 403, "forbidden");
		assertProblem(viewer.delete(path + "?with_bindings=true"), 403, "forbidden");
		JsonNode unchanged = ApiClient.json(viewer.get(path));
		assertThat(unchanged.get("name").asString()).isEqualTo("Kept");
		assertThat(unchanged.get("latest_version").asInt()).isEqualTo(1);
		assertThat(unchanged.get("tags").get("prod").asInt()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from agent where organization_id = ?", Long.class,
				this.org.id()))
			.isEqualTo(1);
	}

	private static HttpResponse<String> putTag(ApiClient client, String path, int published, long version) {
		return client.send(client.request(path)
			.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"published_version\": " + published + ", \"version\": " + version + "}")));
	}

	private static long json(HttpResponse<String> answer, String field) {
		return ApiClient.json(answer).get(field).asLong();
	}

}
