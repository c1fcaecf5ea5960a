package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.trunkline.PostgresTestBase;
import io.trunkline.TestClock;
import io.trunkline.agent.AgentSummary;
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

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write paths of numbers, bindings and Twilio integrations on PostgreSQL over a real
 * port: create (replayed by its idempotency key), the duplicate, a PATCH at a stale
 * version, a binding and a bulk binding, the bulk actions, an integration in use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trunkline.crypto.generate-if-missing=true", "trunkline.data-dir=target/api-numbers-pg-data" })
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class, ApiTestKeys.class })
class NumberApiPostgresIT extends PostgresTestBase {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void clients_racing_to_create_one_number_get_one_201_and_409s_with_its_id() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Race", "pw");
		List<ApiClient> clients = IntStream.range(0, 8)
			.mapToObj((i) -> new ApiClient(this.port, this.keys.create(org, Role.AGENT_MANAGER).key()))
			.toList();
		NumberRace.run(clients, trunk.id(), "+14155550700", 10);
	}

	@Test
	void numbers_and_their_bindings_are_written_through_the_api() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary agent = this.fixtures.agent(org, "Alice", 1);
		ApiClient admin = new ApiClient(this.port, this.keys.create(org, Role.ADMIN).key());
		String idempotency = "Idempotency-Key: " + UUID.randomUUID();
		String body = PhoneNumberWriteApiIT.newNumber(trunk.id(), "(415) 555-0501");
		HttpResponse<String> created = admin.post("/api/v1/phone-numbers", body, idempotency);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(admin.post("/api/v1/phone-numbers", body, idempotency).headers().firstValue("Idempotent-Replayed"))
			.hasValue("true");
		long id = ApiClient.json(created).get("id").asLong();
		assertThat(assertProblem(admin.post("/api/v1/phone-numbers", body), 409, "number_already_present")
			.get("existing_id")
			.asLong()).isEqualTo(id);
		String path = "/api/v1/phone-numbers/" + id;
		JsonNode changed = ApiClient.json(admin.patch(path, "{\"display_name\": \"Sales\"}", "If-Match: \"0\""));
		assertThat(changed.get("display_name").asString()).isEqualTo("Sales");
		assertProblem(admin.patch(path, "{\"display_name\": \"Late\"}", "If-Match: \"0\""), 412, "version_mismatch");
		long bindingsVersion = changed.get("bindings_version").asLong();

		String lines = "[{\"agent_id\": " + agent.id() + ", \"version\": \"1\"}]";
		JsonNode bound = ApiClient.json(admin.put(path + "/bindings/inbound",
				"{\"agents\": " + lines + ", \"bindings_version\": " + bindingsVersion + "}"));
		assertThat(bound.get("agents").get(0).get("weight").asInt()).isEqualTo(10000);
		long second = this.fixtures.number(org, trunk, "+14155550502").id();
		JsonNode bulk = ApiClient.json(admin.post("/api/v1/phone-numbers/bulk/bind",
				"{\"filter\": {\"text\": \"55505\"}, \"outbound\": " + lines + "}"));
		assertThat(bulk.get("outbound_set").asInt()).isEqualTo(2);
		assertProblem(admin.put(path + "/bindings/inbound", "{\"agents\": []}",
				"If-Match: \"" + bound.get("bindings_version").asLong() + "\""), 412, "version_mismatch");
		String ids = "{\"ids\": [" + id + ", " + second + "]}";
		assertThat(ApiClient.json(admin.post("/api/v1/phone-numbers/bulk/deactivate", ids)).get("changed").asInt())
			.isEqualTo(2);
		assertThat(ApiClient.json(admin.post("/api/v1/phone-numbers/bulk/delete", ids)).get("changed").asInt())
			.isEqualTo(2);
		assertThat(ApiClient.json(admin.get("/api/v1/phone-numbers")).get("data")).isEmpty();
	}

	@Test
	void twilio_integrations_are_written_and_refused_while_in_use() {
		Org org = this.accounts.newOrganization();
		ApiClient admin = new ApiClient(this.port, this.keys.create(org, Role.ADMIN).key());
		HttpResponse<String> created = admin.post("/api/v1/twilio-integrations", TwilioIntegrationApiIT.NEW_INTEGRATION,
				"Idempotency-Key: " + UUID.randomUUID());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ApiClient.json(created).get("id").asLong();
		long version = ApiClient.json(created).get("version").asLong();
		assertThat(admin
			.patch("/api/v1/twilio-integrations/" + id, "{\"name\": \"Renamed\", \"version\": " + version + "}")
			.statusCode()).isEqualTo(200);
		assertThat(
				admin
					.post("/api/v1/phone-numbers",
							"{\"number\": \"+14155550601\", \"provider\": \"TWILIO\", \"twilio_integration_id\": " + id
									+ "}")
					.statusCode())
			.isEqualTo(201);
		assertThat(assertProblem(admin.delete("/api/v1/twilio-integrations/" + id), 409, "integration_in_use")
			.get("used_by")
			.asLong()).isEqualTo(1);
		assertThat(created.body()).doesNotContain(TwilioIntegrationApiIT.TOKEN);
	}

}
