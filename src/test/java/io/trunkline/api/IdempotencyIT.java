package io.trunkline.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.trunkline.TestClock;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on a create: a retry replays the first answer instead of
 * creating twice.
 */
@ApiTest
class IdempotencyIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	private Org org;

	private ApiClient admin;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
	}

	@Test
	void the_same_key_and_body_replay_the_first_answer_and_create_once() {
		String key = "Idempotency-Key: " + UUID.randomUUID();
		HttpResponse<String> first = this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, key);
		HttpResponse<String> again = this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, key);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks")).get("data")).hasSize(1);
	}

	@Test
	void the_same_key_with_another_body_is_422() {
		String key = "Idempotency-Key: " + UUID.randomUUID();
		this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, key);
		assertProblem(this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK.replace("Carrier A", "Other"), key),
				422, "idempotency_key_reused");
	}

	@Test
	void a_request_still_running_with_the_key_is_409() {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK,
				"Idempotency-Key: " + key);
		assertThat(first.statusCode()).isEqualTo(201);
		// As the row is while the first request runs: no answer yet.
		this.jdbc.update(
				"update idempotency_record set status = null where organization_id = ? and idempotency_key = ?",
				this.org.id(), key);
		assertProblem(this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, "Idempotency-Key: " + key), 409,
				"idempotency_key_in_use");
	}

	@Test
	void a_key_is_kept_in_the_database_for_24_hours_then_free_again() {
		String key = UUID.randomUUID().toString();
		assertThat(
				this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, "Idempotency-Key: " + key).statusCode())
			.isEqualTo(201);
		assertThat(this.jdbc.queryForObject(
				"select status from idempotency_record where organization_id = ? and idempotency_key = ?",
				Integer.class, this.org.id(), key))
			.isEqualTo(201);
		this.clock.advance(Duration.ofHours(23));
		assertProblem(this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK.replace("Carrier A", "Later"),
				"Idempotency-Key: " + key), 422, "idempotency_key_reused");
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		HttpResponse<String> after = this.admin.post("/api/v1/sip-trunks",
				SipTrunkApiIT.NEW_TRUNK.replace("Carrier A", "Later"), "Idempotency-Key: " + key);
		assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
		assertThat(after.headers().firstValue("Idempotent-Replayed")).isEmpty();
	}

	@Test
	void keys_are_per_organization() {
		String key = "Idempotency-Key: " + UUID.randomUUID();
		this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, key);
		ApiClient other = new ApiClient(this.port, this.keys.create(this.accounts.newOrganization(), Role.ADMIN).key());
		HttpResponse<String> theirs = other.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, key);
		assertThat(theirs.statusCode()).isEqualTo(201);
		assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
	}

	@Test
	void a_refused_create_is_kept_too_and_replayed() {
		String key = "Idempotency-Key: " + UUID.randomUUID();
		assertProblem(this.admin.post("/api/v1/sip-trunks", "{\"name\": \"\"}", key), 422, "validation_failed");
		HttpResponse<String> again = this.admin.post("/api/v1/sip-trunks", "{\"name\": \"\"}", key);
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
	}

}
