package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.agent.AgentSummary;
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

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number's agents over {@code /api/v1/phone-numbers/{id}/bindings/{direction}} and the
 * bulk binding, guarded by the bindings version.
 */
@ApiTest
class PhoneNumberBindingApiIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	private Org org;

	private TrunkSummary trunk;

	private AgentSummary alice;

	private AgentSummary bob;

	private ApiClient manager;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
		this.alice = this.fixtures.agent(this.org, "Alice", 2);
		this.bob = this.fixtures.agent(this.org, "Bob", 1);
		this.manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
	}

	private String split(long version) {
		return "{\"agents\": [{\"agent_id\": " + this.alice.id() + ", \"version\": \"2\", \"weight\": 7000}, "
				+ "{\"agent_id\": " + this.bob.id() + ", \"weight\": 3000}], \"bindings_version\": " + version + "}";
	}

	@Test
	void agents_are_bound_with_weights_in_basis_points_and_read_back() {
		long id = this.fixtures.number(this.org, this.trunk, "+14155550201").id();
		String path = "/api/v1/phone-numbers/" + id + "/bindings/inbound";
		HttpResponse<String> empty = this.manager.get(path);
		assertThat(ApiClient.json(empty).get("agents")).isEmpty();
		assertThat(empty.headers().firstValue("ETag")).hasValue("\"0\"");

		HttpResponse<String> put = this.manager.put(path, split(0));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode bound = ApiClient.json(put);
		assertThat(bound.get("bindings_version").asLong()).isEqualTo(1);
		assertThat(bound.get("agents").get(0).get("weight").asInt()).isEqualTo(7000);
		assertThat(bound.get("agents").get(1).get("version").asString()).isEqualTo("latest");
		JsonNode read = ApiClient.json(this.manager.get(path));
		assertThat(read.get("agents")).hasSize(2);
		assertThat(read.get("direction").asString()).isEqualTo("inbound");
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers/" + id + "/bindings/outbound")).get("agents"))
			.isEmpty();
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers?agent_id=" + this.bob.id())).get("data"))
			.hasSize(1);

		HttpResponse<String> unbound = this.manager.put(path, "{\"agents\": []}", "If-Match: \"1\"");
		assertThat(ApiClient.json(unbound).get("agents")).isEmpty();
		assertThat(unbound.headers().firstValue("ETag")).hasValue("\"2\"");
	}

	@Test
	void a_stale_bindings_version_is_412_or_409_and_none_is_428() {
		long id = this.fixtures.number(this.org, this.trunk, "+14155550202").id();
		String path = "/api/v1/phone-numbers/" + id + "/bindings/inbound";
		assertThat(this.manager.put(path, split(0)).statusCode()).isEqualTo(200);
		assertProblem(this.manager.put(path, "{\"agents\": []}", "If-Match: \"0\""), 412, "version_mismatch");
		assertProblem(this.manager.put(path, "{\"agents\": [], \"bindings_version\": 0}"), 409, "concurrent_change");
		assertProblem(this.manager.put(path, "{\"agents\": []}"), 428, "version_required");
		assertThat(ApiClient.json(this.manager.get(path)).get("agents")).hasSize(2);
	}

	@Test
	void lists_that_break_a_rule_are_422_at_the_direction() {
		long id = this.fixtures.number(this.org, this.trunk, "+14155550203").id();
		String path = "/api/v1/phone-numbers/" + id + "/bindings/outbound";
		String uneven = "{\"agents\": [{\"agent_id\": " + this.alice.id() + ", \"weight\": 5000}, {\"agent_id\": "
				+ this.bob.id() + ", \"weight\": 4999}], \"bindings_version\": 0}";
		JsonNode problem = assertProblem(this.manager.put(path, uneven), 422, "validation_failed");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("weights_not_100");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("outbound");
		String missingTag = "{\"agents\": [{\"agent_id\": " + this.alice.id()
				+ ", \"version\": \"prod\"}], \"bindings_version\": 0}";
		assertThat(assertProblem(this.manager.put(path, missingTag), 422, "validation_failed").get("errors")
			.get(0)
			.get("code")
			.asString()).isEqualTo("agent_version_not_found");
		assertProblem(this.manager.put(path, "{\"bindings_version\": 0}"), 422, "validation_failed");
		assertProblem(this.manager.get("/api/v1/phone-numbers/" + id + "/bindings/sideways"), 404, "not_found");
	}

	@Test
	void bulk_binding_by_ids_or_filter_bumps_each_bindings_version() {
		long first = this.fixtures.number(this.org, this.trunk, "+14155550211").id();
		long second = this.fixtures.number(this.org, this.trunk, "+14155550212").id();
		TrunkSummary other = this.fixtures.trunk(this.org, "Other", "pw");
		long elsewhere = this.fixtures.number(this.org, other, "+14155550213").id();
		String lines = "[{\"agent_id\": " + this.alice.id() + ", \"version\": \"latest\", \"weight\": 10000}]";
		JsonNode byIds = ApiClient.json(this.manager.post("/api/v1/phone-numbers/bulk/bind",
				"{\"number_ids\": [" + first + "], \"inbound\": " + lines + "}"));
		assertThat(byIds.get("inbound_set").asInt()).isEqualTo(1);
		JsonNode byFilter = ApiClient.json(this.manager.post("/api/v1/phone-numbers/bulk/bind",
				"{\"filter\": {\"sip_trunk_id\": " + this.trunk.id() + "}, \"outbound\": " + lines + "}"));
		assertThat(byFilter.get("numbers").asInt()).isEqualTo(2);
		assertThat(byFilter.get("outbound_set").asInt()).isEqualTo(2);
		assertThat(byFilter.get("summary").asString()).contains("2 numbers");
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers/" + second + "/bindings/outbound"))
			.get("agents")).hasSize(1);
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers/" + elsewhere + "/bindings/outbound"))
			.get("agents")).isEmpty();
		assertProblem(this.manager.put("/api/v1/phone-numbers/" + first + "/bindings/inbound",
				"{\"agents\": [], \"bindings_version\": 0}"), 409, "concurrent_change");
		assertThat(ApiClient.json(this.manager.get("/api/v1/phone-numbers/" + first)).get("bindings_version").asLong())
			.isEqualTo(2);
		assertProblem(this.manager.post("/api/v1/phone-numbers/bulk/bind", "{\"inbound\": " + lines + "}"), 422,
				"validation_failed");
	}

}
