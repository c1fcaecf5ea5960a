package io.trunkline.api;

import java.util.Map;

import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number write refused to a viewer key, and every number endpoint that takes an id
 * answering another organization's id as not found, with nothing of it changed.
 */
@ApiTest
class PhoneNumberAccessApiIT {

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
	void a_viewer_key_reads_numbers_but_every_write_is_403() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary agent = this.fixtures.agent(org, "Alice", 1);
		PhoneNumberDetails number = this.fixtures.number(org, trunk, "+14155550401");
		ApiClient viewer = new ApiClient(this.port, this.keys.create(org, Role.VIEWER).key());
		String path = "/api/v1/phone-numbers/" + number.id();
		String ids = "{\"ids\": [" + number.id() + "]}";
		assertThat(viewer.get(path).statusCode()).isEqualTo(200);
		assertThat(viewer.get(path + "/bindings/inbound").statusCode()).isEqualTo(200);
		assertProblem(viewer.post("/api/v1/phone-numbers", PhoneNumberWriteApiIT.newNumber(trunk.id(), "+14155550402")),
				403, "forbidden");
		assertProblem(viewer.patch(path, "{\"display_name\": \"X\", \"version\": " + number.version() + "}"), 403,
				"forbidden");
		assertProblem(viewer.delete(path), 403, "forbidden");
		assertProblem(viewer.put(path + "/bindings/inbound", bind(agent, 0)), 403, "forbidden");
		for (String action : new String[] { "activate", "deactivate", "delete" }) {
			assertProblem(viewer.post("/api/v1/phone-numbers/bulk/" + action, ids), 403, "forbidden");
		}
		assertProblem(viewer.post("/api/v1/phone-numbers/bulk/bind", bulkBind(number.id(), agent)), 403, "forbidden");
		assertUnchanged(number);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?",
				Integer.class, org.id()))
			.isEqualTo(1);
	}

	@Test
	void another_organizations_number_is_not_found_on_every_endpoint_and_stays_unchanged() {
		Org mine = this.accounts.newOrganization();
		AgentSummary myAgent = this.fixtures.agent(mine, "Mine", 1);
		ApiClient admin = new ApiClient(this.port, this.keys.create(mine, Role.ADMIN).key());
		Org other = this.accounts.newOrganization();
		PhoneNumberDetails theirs = this.fixtures.number(other, this.fixtures.trunk(other, "T", "pw"), "+14155550411");
		String path = "/api/v1/phone-numbers/" + theirs.id();
		assertProblem(admin.get(path), 404, "not_found");
		assertProblem(admin.patch(path, "{\"display_name\": \"X\", \"version\": " + theirs.version() + "}"), 404,
				"not_found");
		assertProblem(admin.delete(path), 404, "not_found");
		assertProblem(admin.get(path + "/bindings/outbound"), 404, "not_found");
		assertProblem(admin.put(path + "/bindings/outbound", bind(myAgent, 0)), 404, "not_found");
		String ids = "{\"ids\": [" + theirs.id() + "]}";
		for (String action : new String[] { "deactivate", "delete" }) {
			JsonNode result = ApiClient.json(admin.post("/api/v1/phone-numbers/bulk/" + action, ids));
			assertThat(result.get("changed").asInt()).as(action).isZero();
		}
		JsonNode bound = ApiClient.json(admin.post("/api/v1/phone-numbers/bulk/bind", bulkBind(theirs.id(), myAgent)));
		assertThat(bound.get("numbers").asInt()).isZero();
		assertUnchanged(theirs);
	}

	private void assertUnchanged(PhoneNumberDetails number) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"select version, bindings_version, active, display_name from phone_number where id = ?", number.id());
		assertThat(((Number) row.get("version")).longValue()).isEqualTo(number.version());
		assertThat(((Number) row.get("bindings_version")).longValue()).isEqualTo(number.bindingsVersion());
		assertThat(row.get("active")).isEqualTo(true);
		assertThat(this.jdbc.queryForObject("select count(*) from number_binding where phone_number_id = ?",
				Integer.class, number.id()))
			.isZero();
	}

	private static String bind(AgentSummary agent, long bindingsVersion) {
		return "{\"agents\": [{\"agent_id\": " + agent.id() + "}], \"bindings_version\": " + bindingsVersion + "}";
	}

	private static String bulkBind(long numberId, AgentSummary agent) {
		return "{\"number_ids\": [" + numberId + "], \"inbound\": [{\"agent_id\": " + agent.id() + "}]}";
	}

}
