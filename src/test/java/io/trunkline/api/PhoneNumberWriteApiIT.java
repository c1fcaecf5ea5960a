package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;

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

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, changing and deleting numbers over {@code /api/v1/phone-numbers}, one at a
 * time and in bulk, with each documented error.
 */
@ApiTest
class PhoneNumberWriteApiIT {

	static final String PIN = "8274619353";

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

	private TrunkSummary trunk;

	private ApiClient manager;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
		this.manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
	}

	static String newNumber(long trunkId, String number) {
		return "{\"number\": \"" + number + "\", \"display_name\": \"Support\", \"provider\": \"SIP\", "
				+ "\"sip_trunk_id\": " + trunkId + "}";
	}

	@Test
	void an_agent_manager_key_creates_changes_and_deletes_a_number() {
		HttpResponse<String> created = this.manager.post("/api/v1/phone-numbers",
				newNumber(this.trunk.id(), "(415) 555-0101"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode number = ApiClient.json(created);
		long id = number.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/phone-numbers/" + id);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"" + number.get("version").asLong() + "\"");
		assertThat(number.get("number").asString()).isEqualTo("+14155550101");
		assertThat(number.get("display_name").asString()).isEqualTo("Support");
		assertThat(number.get("bindings_version").asLong()).isZero();

		HttpResponse<String> changed = this.manager.patch("/api/v1/phone-numbers/" + id,
				"{\"display_name\": \"Sales\", \"inbound_pin\": \"" + PIN + "\"}",
				"If-Match: " + created.headers().firstValue("ETag").orElseThrow());
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode after = ApiClient.json(changed);
		assertThat(after.get("display_name").asString()).isEqualTo("Sales");
		assertThat(after.get("sip_trunk_id").asLong()).isEqualTo(this.trunk.id());
		assertThat(after.get("inbound_pin_set").asBoolean()).isTrue();
		assertThat(changed.body()).doesNotContain(PIN);

		HttpResponse<String> cleared = this.manager.patch("/api/v1/phone-numbers/" + id,
				"{\"inbound_pin\": \"\", \"version\": " + after.get("version").asLong() + "}");
		assertThat(ApiClient.json(cleared).get("inbound_pin_set").asBoolean()).isFalse();

		assertThat(this.manager.delete("/api/v1/phone-numbers/" + id).statusCode()).isEqualTo(204);
		assertProblem(this.manager.get("/api/v1/phone-numbers/" + id), 404, "not_found");
		assertProblem(this.manager.delete("/api/v1/phone-numbers/" + id), 404, "not_found");
		String everywhere = ApiClient.allAnswers() + "\n"
				+ String.join("\n", this.jdbc.queryForList("select changes from audit_entry", String.class));
		assertThat(everywhere).contains("inbound_pin_set").doesNotContain(PIN);
	}

	@Test
	void a_number_present_however_written_is_409_with_the_existing_id() {
		long existing = this.fixtures.number(this.org, this.trunk, "+14155550123").id();
		JsonNode problem = assertProblem(
				this.manager.post("/api/v1/phone-numbers", newNumber(this.trunk.id(), "415.555.0123")), 409,
				"number_already_present");
		assertThat(problem.get("existing_id").asLong()).isEqualTo(existing);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("number");
		Org other = this.accounts.newOrganization();
		this.fixtures.number(other, this.fixtures.trunk(other, "Theirs", "pw"), "+14155550124");
		assertThat(this.manager.post("/api/v1/phone-numbers", newNumber(this.trunk.id(), "+14155550124")).statusCode())
			.isEqualTo(201);
	}

	@Test
	void clients_racing_to_create_one_number_get_one_201_and_409s_with_its_id() throws Exception {
		List<ApiClient> clients = IntStream.range(0, 8)
			.mapToObj((i) -> new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key()))
			.toList();
		NumberRace.run(clients, this.trunk.id(), "+14155550300", 10);
	}

	@Test
	void invalid_fields_are_422_with_the_consoles_codes() {
		JsonNode problem = assertProblem(
				this.manager.post("/api/v1/phone-numbers",
						"{\"number\": \"12\", \"provider\": \"SIP\", \"inbound_webhook_url\": \"http://x\"}"),
				422, "validation_failed");
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("code").asString()))
			.contains("number_invalid", "sip_trunk_required", "webhook_url_invalid");
		assertProblem(this.manager.post("/api/v1/phone-numbers", "{\"number\": \"+14155550101\", \"colour\": 1}"), 400,
				"unknown_field");
	}

	@Test
	void a_stale_version_is_412_with_if_match_and_409_in_the_body_and_428_without() {
		long id = this.fixtures.number(this.org, this.trunk, "+14155550130").id();
		String path = "/api/v1/phone-numbers/" + id;
		long read = ApiClient.json(this.manager.get(path)).get("version").asLong();
		assertThat(this.manager.patch(path, "{\"display_name\": \"First\", \"version\": " + read + "}").statusCode())
			.isEqualTo(200);
		assertProblem(this.manager.patch(path, "{\"display_name\": \"Second\"}", "If-Match: \"" + read + "\""), 412,
				"version_mismatch");
		assertProblem(this.manager.patch(path, "{\"display_name\": \"Second\", \"version\": " + read + "}"), 409,
				"concurrent_change");
		assertProblem(this.manager.patch(path, "{\"display_name\": \"Second\"}"), 428, "version_required");
		assertThat(ApiClient.json(this.manager.get(path)).get("display_name").asString()).isEqualTo("First");
	}

	@Test
	void bulk_actions_change_the_given_numbers_and_count_them() {
		List<Long> ids = List.of(this.fixtures.number(this.org, this.trunk, "+14155550141").id(),
				this.fixtures.number(this.org, this.trunk, "+14155550142").id());
		long kept = this.fixtures.number(this.org, this.trunk, "+14155550143").id();
		String body = "{\"ids\": [" + ids.get(0) + ", " + ids.get(1) + ", 999999999]}";
		JsonNode off = ApiClient.json(this.manager.post("/api/v1/phone-numbers/bulk/deactivate", body));
		assertThat(off.get("requested").asInt()).isEqualTo(3);
		assertThat(off.get("changed").asInt()).isEqualTo(2);
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers?active=false")).get("data")).hasSize(2);
		assertThat(
				ApiClient.json(this.manager.post("/api/v1/phone-numbers/bulk/activate", body)).get("changed").asInt())
			.isEqualTo(2);
		assertThat(ApiClient.json(this.manager.post("/api/v1/phone-numbers/bulk/delete", body)).get("changed").asInt())
			.isEqualTo(2);
		assertThat(this.jdbc.queryForList("select id from phone_number where organization_id = ?", Long.class,
				this.org.id()))
			.containsExactly(kept);
		assertProblem(this.manager.post("/api/v1/phone-numbers/bulk/delete", "{\"ids\": []}"), 422,
				"validation_failed");
	}

}
