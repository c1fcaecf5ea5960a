package io.trunkline.api;

import java.net.http.HttpResponse;
import java.time.Instant;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.Sipp;
import io.trunkline.trunk.health.TrunkHealthRows;
import io.trunkline.trunk.health.TrunkStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trunk's health in the API: its fields in the sip-trunk resource, the numbers list
 * filtered by trunk status, and {@code POST /api/v1/sip-trunks/{id}/check} against sipp
 * with the console's cooldown, roles and organizations.
 */
@ApiTest
class SipTrunkHealthApiIT {

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

	private Sipp sipp;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
	}

	@AfterEach
	void stopSipp() throws InterruptedException {
		if (this.sipp != null) {
			this.sipp.close();
		}
	}

	@Test
	void the_trunk_resource_carries_its_last_check_and_the_numbers_list_filters_by_trunk_status() {
		TrunkSummary down = this.fixtures.trunk(this.org, "West", "pw");
		TrunkSummary fresh = this.fixtures.trunk(this.org, "East", "pw");
		this.fixtures.number(this.org, down, "+14155550101");
		this.fixtures.number(this.org, fresh, "+14155550102");
		Instant since = Instant.parse("2026-12-01T10:15:00Z");
		new TrunkHealthRows(this.jdbc).store(down.id(), this.org.id(), TrunkStatus.DOWN, 503, "Service Unavailable",
				since);

		JsonNode health = ApiClient.json(this.admin.get("/api/v1/sip-trunks/" + down.id())).get("health");
		assertThat(health.get("status").asString()).isEqualTo("down");
		assertThat(health.get("last_response_code").asInt()).isEqualTo(503);
		assertThat(health.get("last_response_reason").asString()).isEqualTo("Service Unavailable");
		assertThat(health.get("rtt_ms").asInt()).isEqualTo(12);
		assertThat(health.get("checked_at").isNull()).isFalse();
		assertThat(Instant.parse(health.get("down_since").asString())).isEqualTo(since);
		JsonNode listed = ApiClient.json(this.admin.get("/api/v1/sip-trunks")).get("data");
		assertThat(listed.valueStream().map((trunk) -> trunk.get("health").get("status").asString()))
			.containsExactlyInAnyOrder("down", "not_checked");

		JsonNode numbers = ApiClient.json(this.admin.get("/api/v1/phone-numbers?trunk_status=down")).get("data");
		assertThat(numbers.valueStream().map((number) -> number.get("number").asString()))
			.containsExactly("+14155550101");
		assertThat(numbers.get(0).get("trunk_status").asString()).isEqualTo("down");
		assertThat(ApiClient.json(this.admin.get("/api/v1/phone-numbers?trunk_status=not_checked"))
			.get("data")
			.valueStream()
			.map((number) -> number.get("number").asString())).containsExactly("+14155550102");
		assertProblem(this.admin.get("/api/v1/phone-numbers?trunk_status=sideways"), 400, "invalid_trunk_status");
	}

	@Test
	void the_trunk_resource_carries_its_registration_a_wrong_password_as_failed() {
		TrunkSummary registering = this.fixtures.trunk(this.org, "Registrar", "wrong-password");
		TrunkSummary plain = this.fixtures.trunk(this.org, "Plain", "pw");
		this.jdbc.update("update sip_trunk set registration_enabled = true where id = ?", registering.id());
		new TrunkHealthRows(this.jdbc).store(registering.id(), this.org.id(), TrunkStatus.UP, 200, "OK", null);
		this.jdbc.update(
				"update trunk_health set registration_state = 'FAILED', registration_code = 403,"
						+ " registration_reason = 'Forbidden', registration_description = 'The registrar refused the"
						+ " credentials', registration_checked_at = current_timestamp where trunk_id = ?",
				registering.id());

		JsonNode registration = ApiClient.json(this.admin.get("/api/v1/sip-trunks/" + registering.id()))
			.get("registration");
		assertThat(registration.get("state").asString()).isEqualTo("failed");
		assertThat(registration.get("response").asString()).isEqualTo("403 Forbidden");
		assertThat(registration.get("description").asString()).isEqualTo("The registrar refused the credentials");
		assertThat(registration.get("checked_at").isNull()).isFalse();
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks/" + plain.id()))
			.get("registration")
			.get("state")
			.asString()).isEqualTo("disabled");
		assertThat(this.admin.get("/api/v1/sip-trunks").body()).doesNotContain("wrong-password");
	}

	@Test
	void check_answers_the_result_and_a_second_check_within_the_cooldown_is_429_with_retry_after() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("options-200", "udp", Sipp.freePort());
		ApiClient manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
		long id = ApiClient
			.json(this.admin.post("/api/v1/sip-trunks", "{\"name\": \"Peer\", \"termination_uri\": \"sip:127.0.0.1:"
					+ this.sipp.port() + "\", \"transport\": \"UDP\"}"))
			.get("id")
			.asLong();

		HttpResponse<String> checked = manager.post("/api/v1/sip-trunks/" + id + "/check", "");
		assertThat(checked.statusCode()).isEqualTo(200);
		JsonNode result = ApiClient.json(checked);
		assertThat(result.get("status").asString()).isEqualTo("up");
		assertThat(result.get("last_response_code").asInt()).isEqualTo(200);
		assertThat(result.get("rtt_ms").isNull()).isFalse();
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks/" + id)).get("health").get("status").asString())
			.isEqualTo("up");

		HttpResponse<String> again = this.admin.post("/api/v1/sip-trunks/" + id + "/check", "");
		assertProblem(again, 429, "check_too_soon");
		long retryAfter = Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 10L);
	}

	@Test
	void a_viewer_may_not_check_and_another_organizations_trunk_is_not_found() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Mine", "pw");
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
		assertProblem(viewer.post("/api/v1/sip-trunks/" + trunk.id() + "/check", ""), 403, "forbidden");
		Org other = this.accounts.newOrganization();
		ApiClient stranger = new ApiClient(this.port, this.keys.create(other, Role.ADMIN).key());
		assertProblem(stranger.post("/api/v1/sip-trunks/" + trunk.id() + "/check", ""), 404, "not_found");
		assertProblem(stranger.get("/api/v1/sip-trunks/" + trunk.id()), 404, "not_found");
		assertThat(this.jdbc.queryForObject("select count(*) from trunk_health where trunk_id = ?", Long.class,
				trunk.id()))
			.isZero();
	}

	private static JsonNode assertProblem(HttpResponse<String> answer, int status, String code) {
		return SipTrunkApiIT.assertProblem(answer, status, code);
	}

}
