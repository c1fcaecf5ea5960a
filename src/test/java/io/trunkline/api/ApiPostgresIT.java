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
 * The API's write paths on PostgreSQL over a real port: keys (digest, last use,
 * revocation), trunk create/change/delete, the in-use count, idempotency records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trunkline.crypto.generate-if-missing=true", "trunkline.data-dir=target/api-postgres-data" })
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class, ApiTestKeys.class })
class ApiPostgresIT extends PostgresTestBase {

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
	void trunks_are_written_replayed_and_deleted_through_the_api() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.ADMIN);
		ApiClient admin = new ApiClient(this.port, key.key());
		String idempotency = "Idempotency-Key: " + UUID.randomUUID();
		HttpResponse<String> created = admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, idempotency);
		assertThat(created.statusCode()).isEqualTo(201);
		HttpResponse<String> replayed = admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, idempotency);
		assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(replayed.body()).isEqualTo(created.body());
		JsonNode trunk = ApiClient.json(created);
		long id = trunk.get("id").asLong();
		HttpResponse<String> changed = admin.patch("/api/v1/sip-trunks/" + id,
				"{\"name\": \"Renamed\", \"auth_password\": \"\", \"version\": " + trunk.get("version").asLong() + "}");
		assertThat(ApiClient.json(changed).get("auth_password_set").asBoolean()).isFalse();
		assertProblem(admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK.replace("Carrier A", "Renamed")), 422,
				"validation_failed");
		assertThat(admin.delete("/api/v1/sip-trunks/" + id).statusCode()).isEqualTo(204);
		assertThat(this.jdbc.queryForObject("select last_used_at from api_key where id = ?", Object.class,
				key.summary().id()))
			.isNotNull();
	}

	@Test
	void in_use_counts_cursor_pages_and_revocation_work_on_postgres() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.ADMIN);
		ApiClient admin = new ApiClient(this.port, key.key());
		TrunkSummary trunk = this.fixtures.trunk(org, "Busy", "pw");
		this.fixtures.number(org, trunk, "+14155550101");
		this.fixtures.number(org, trunk, "+14155550102");
		assertThat(assertProblem(admin.delete("/api/v1/sip-trunks/" + trunk.id()), 409, "trunk_in_use").get("used_by")
			.asLong()).isEqualTo(2);
		JsonNode first = ApiClient.json(admin.get("/api/v1/phone-numbers?limit=1&text=4155550"));
		JsonNode second = ApiClient
			.json(admin.get("/api/v1/phone-numbers?limit=1&cursor=" + first.get("next_cursor").asString()));
		assertThat(second.get("data").get(0).get("number").asString()).isEqualTo("+14155550102");
		this.keys.revoke(org, key.summary().id());
		assertThat(admin.get("/api/v1/sip-trunks").statusCode()).isEqualTo(401);
	}

}
