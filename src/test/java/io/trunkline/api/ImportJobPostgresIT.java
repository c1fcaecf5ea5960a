package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.trunkline.PostgresTestBase;
import io.trunkline.TestClock;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import job's and the agents' write paths on PostgreSQL over a real port: a JSON and
 * a CSV import started with a key run to the end as the key's job, an all-or-nothing
 * import with a duplicate is refused, agents are created, published and tagged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trunkline.crypto.generate-if-missing=true", "trunkline.data-dir=target/api-postgres-data" })
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class, ApiTestKeys.class })
class ImportJobPostgresIT extends PostgresTestBase {

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

	@Test
	void json_and_csv_imports_started_with_a_key_run_to_the_end_on_postgres() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.AGENT_MANAGER);
		ApiClient manager = new ApiClient(this.port, key.key());
		TrunkSummary trunk = this.fixtures.trunk(org, "Carrier", "pw");
		HttpResponse<String> json = manager.post("/api/v1/import-jobs", ImportJobApiIT.threeRows(trunk.id()),
				"Idempotency-Key: " + UUID.randomUUID());
		assertThat(json.statusCode()).as(json.body()).isEqualTo(202);
		JsonNode done = ImportJobApiIT.awaitFinished(manager, json.headers().firstValue("Location").orElseThrow());
		assertThat(done.get("status").asString()).isEqualTo("done");
		assertThat(done.get("imported").asInt()).isEqualTo(3);

		HttpResponse<String> csv = ImportJobApiIT.postCsv(manager, "?sip_trunk_id=" + trunk.id(),
				"number,name\n+14155550201,A\n+14155550202,B\n+14155550101,Again\n");
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(202);
		String location = csv.headers().firstValue("Location").orElseThrow();
		JsonNode second = ImportJobApiIT.awaitFinished(manager, location);
		assertThat(second.get("imported").asInt()).isEqualTo(2);
		assertThat(second.get("skipped").asInt()).isEqualTo(1);
		assertThat(ApiClient.json(manager.get(location + "/rows?status=already_present")).get("data")).hasSize(1);

		assertProblem(ImportJobApiIT.postCsv(manager, "?sip_trunk_id=" + trunk.id() + "&mode=all_or_nothing",
				"number\n+14155550203\n+14155550201\n"), 422, "validation_failed");
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				org.id()))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForList(
				"select user_email from audit_entry where organization_id = ? and action = 'IMPORT'", String.class,
				org.id()))
			.hasSize(2)
			.containsOnly("api-key:" + key.summary().keyId());
	}

	@Test
	void agents_are_created_published_and_tagged_on_postgres() {
		Org org = this.accounts.newOrganization();
		ApiClient manager = new ApiClient(this.port, this.keys.create(org, Role.AGENT_MANAGER).key());
		JsonNode agent = ApiClient.json(manager.post("/api/v1/agents", AgentController.CREATE_EXAMPLE,
				"Idempotency-Key: " + UUID.randomUUID()));
		String path = "/api/v1/agents/" + agent.get("id").asLong();
		JsonNode published = ApiClient.json(manager.post(path + "/versions", ""));
		HttpResponse<String> tagged = manager.send(manager.request(path + "/tags/prod")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + published.get("version").asLong() + "\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"published_version\": 1}")));
		assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
		assertProblem(manager.post("/api/v1/agents", AgentController.CREATE_EXAMPLE), 422, "validation_failed");
		assertThat(manager.delete(path).statusCode()).isEqualTo(204);
	}

}
