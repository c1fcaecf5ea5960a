package io.trunkline.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.trunkline.TestClock;
import io.trunkline.security.Caller;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

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

	@Autowired
	private SecurityContextHolderStrategy contexts;

	@Autowired
	private ApiJson apiJson;

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

	@Test
	void a_running_record_older_than_the_lease_is_taken_over_by_a_retry() {
		String key = UUID.randomUUID().toString();
		// As an instance that died while running the request leaves the row.
		this.jdbc.update(
				"insert into idempotency_record (organization_id, idempotency_key, request_hash, created_at)"
						+ " values (?, ?, ?, ?)",
				this.org.id(), key, requestHash("POST", "/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK),
				Timestamp.from(this.clock.instant()));
		this.clock.advance(Duration.ofMinutes(1));
		assertProblem(this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK, "Idempotency-Key: " + key), 409,
				"idempotency_key_in_use");
		assertProblem(this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK.replace("Carrier A", "Other"),
				"Idempotency-Key: " + key), 422, "idempotency_key_reused");

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		HttpResponse<String> retry = this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK,
				"Idempotency-Key: " + key);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
		assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
		HttpResponse<String> again = this.admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK,
				"Idempotency-Key: " + key);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(again.body()).isEqualTo(retry.body());
		assertThat(ApiClient.json(this.admin.get("/api/v1/sip-trunks")).get("data")).hasSize(1);
	}

	@Test
	void the_request_that_lost_its_row_neither_keeps_its_answer_nor_frees_the_key() {
		IdempotencyStore store = new IdempotencyStore(this.jdbc, this.clock, Duration.ofMinutes(2));
		String key = UUID.randomUUID().toString();
		IdempotencyStore.Started first = (IdempotencyStore.Started) store.begin(this.org.id(), key, "h");
		this.clock.advance(Duration.ofMinutes(3));
		IdempotencyStore.Started second = (IdempotencyStore.Started) store.begin(this.org.id(), key, "h");
		assertThat(second.owner()).isAfter(first.owner());

		store.complete(this.org.id(), key, first.owner(), 201, "application/json", "/late", "{\"late\": true}");
		store.forget(this.org.id(), key, first.owner());
		assertThat(store.begin(this.org.id(), key, "h")).isInstanceOf(IdempotencyStore.Running.class);
		store.complete(this.org.id(), key, second.owner(), 201, "application/json", "/won", "{}");
		assertThat(store.begin(this.org.id(), key, "h"))
			.isEqualTo(new IdempotencyStore.Replay(201, "application/json", "/won", "{}"));
	}

	@Test
	void an_answer_as_long_as_the_column_is_kept_and_a_longer_refusal_is_sent_and_not_kept() throws Exception {
		IdempotencyFilter filter = new IdempotencyFilter(
				new IdempotencyStore(this.jdbc, this.clock, Duration.ofMinutes(2)), this.contexts, this.apiJson);
		String longest = "x".repeat(IdempotencyStore.BODY_MAX_CHARS);
		MockHttpServletResponse kept = runFilter(filter, "kept", 422, longest);
		assertThat(kept.getStatus()).isEqualTo(422);
		assertThat(kept.getContentAsString()).isEqualTo(longest);
		assertThat(runFilter(filter, "kept", 500, "not run again").getHeader("Idempotent-Replayed")).isEqualTo("true");

		String tooLong = longest + "y";
		MockHttpServletResponse refused = runFilter(filter, "too-long", 422, tooLong);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).isEqualTo(tooLong);
		assertThat(countRecords("too-long")).as("a refusal too long to keep frees the key").isZero();

		MockHttpServletResponse created = runFilter(filter, "created", 201, tooLong);
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getContentAsString()).isEqualTo(tooLong);
		MockHttpServletResponse replayed = runFilter(filter, "created", 201, "not run again");
		assertThat(replayed.getStatus()).isEqualTo(201);
		assertThat(replayed.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replayed.getHeader("Location")).isEqualTo("/api/v1/things/1");
		assertThat(replayed.getContentAsString()).as("kept without the body").isEmpty();
	}

	private MockHttpServletResponse runFilter(IdempotencyFilter filter, String key, int status, String answer)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
		request.addHeader(IdempotencyFilter.HEADER, key);
		request.setContent("{}".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		SecurityContext context = this.contexts.createEmptyContext();
		Caller.ApiKey caller = new Caller.ApiKey(1L, "kid", this.org.id(), "test", Role.ADMIN);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
		this.contexts.setContext(context);
		try {
			filter.doFilter(request, response, (req, res) -> {
				HttpServletResponse http = (HttpServletResponse) res;
				http.setStatus(status);
				http.setHeader("Location", "/api/v1/things/1");
				http.setContentType("application/json");
				http.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
			});
		}
		finally {
			this.contexts.clearContext();
		}
		return response;
	}

	private int countRecords(String key) {
		return this.jdbc.queryForObject(
				"select count(*) from idempotency_record where organization_id = ? and idempotency_key = ?",
				Integer.class, this.org.id(), key);
	}

	private static String requestHash(String method, String path, String body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
