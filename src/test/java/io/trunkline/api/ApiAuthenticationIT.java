package io.trunkline.api;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.trunkline.TestClock;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.ui.PlainHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets in: a valid key by either header, nothing else; refusals are 401 problem
 * details and audit entries; revocation and expiry act on the next request.
 */
@ApiTest
class ApiAuthenticationIT {

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void a_request_without_a_key_is_401_problem_without_a_session() {
		HttpResponse<String> answer = new ApiClient(this.port, null).get("/api/v1/sip-trunks");
		assertUnauthorized(answer);
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(answer.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void a_key_works_as_bearer_token_and_as_x_api_key() {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		assertThat(new ApiClient(this.port, key.key()).get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
		HttpResponse<String> byHeader = new ApiClient(this.port, null).get("/api/v1/sip-trunks",
				"X-API-Key: " + key.key());
		assertThat(byHeader.statusCode()).isEqualTo(200);
		assertThat(byHeader.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void unknown_and_malformed_keys_are_refused_and_audited_without_the_key() {
		String unknown = "tlk_ABCDEFGHIJKL_" + "x".repeat(43);
		assertUnauthorized(new ApiClient(this.port, unknown).get("/api/v1/sip-trunks"));
		assertUnauthorized(new ApiClient(this.port, "not-a-key-marker").get("/api/v1/sip-trunks"));
		List<Map<String, Object>> refused = this.jdbc.queryForList(
				"select user_email, changes from audit_entry where action = 'API_KEY_REFUSED' and organization_id is null");
		assertThat(refused).anySatisfy((entry) -> {
			assertThat(entry.get("user_email")).isEqualTo("api-key:ABCDEFGHIJKL");
			assertThat((String) entry.get("changes")).contains("unknown").doesNotContain("xxxxxxxxxx");
		});
		assertThat(refused).anySatisfy((entry) -> assertThat((String) entry.get("changes")).contains("malformed"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where changes like '%not-a-key-marker%'",
				Long.class))
			.isZero();
	}

	@Test
	void a_revoked_key_is_refused_on_the_next_request() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.ADMIN);
		ApiClient client = new ApiClient(this.port, key.key());
		assertThat(client.get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
		this.keys.revoke(org, key.summary().id());
		assertUnauthorized(client.get("/api/v1/sip-trunks"));
		assertThat(refusals(org, "revoked")).isEqualTo(1);
	}

	@Test
	void an_expired_key_is_refused() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.VIEWER);
		ApiClient client = new ApiClient(this.port, key.key());
		assertThat(client.get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofDays(90).plusSeconds(1));
		assertUnauthorized(client.get("/api/v1/sip-trunks"));
		assertThat(refusals(org, "expired")).isEqualTo(1);
	}

	@Test
	void a_wrong_secret_for_a_known_key_id_is_refused() {
		Org org = this.accounts.newOrganization();
		CreatedApiKey key = this.keys.create(org, Role.VIEWER);
		String wrong = key.summary().prefix() + "_" + "0".repeat(43);
		assertUnauthorized(new ApiClient(this.port, wrong).get("/api/v1/sip-trunks"));
		assertThat(refusals(org, "wrong secret")).isEqualTo(1);
	}

	@Test
	void last_use_is_written_at_most_once_a_minute() {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		ApiClient client = new ApiClient(this.port, key.key());
		client.get("/api/v1/sip-trunks");
		Timestamp first = lastUsed(key);
		assertThat(first).isNotNull();
		assertThat(this.jdbc.queryForObject("select last_used_address from api_key where id = ?", String.class,
				key.summary().id()))
			.isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		this.clock.advance(Duration.ofSeconds(30));
		client.get("/api/v1/sip-trunks");
		assertThat(lastUsed(key)).isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(31));
		client.get("/api/v1/sip-trunks");
		assertThat(lastUsed(key)).isAfter(first);
	}

	@Test
	void a_console_session_never_authenticates_an_api_call() throws Exception {
		PlainHttp console = new PlainHttp(this.port);
		String cookie = PlainHttp
			.sessionCookie(console.signIn("bootstrap-admin@trunkline.test", "bootstrap-admin-password"));
		assertThat(console.get("/users", "Cookie: " + cookie).statusCode()).isEqualTo(200);
		assertUnauthorized(new ApiClient(this.port, null).get("/api/v1/sip-trunks", "Cookie: " + cookie));
	}

	@Test
	void an_api_key_never_opens_the_console() throws Exception {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.ADMIN);
		HttpResponse<String> page = new PlainHttp(this.port).get("/users", "Authorization: Bearer " + key.key(),
				"X-API-Key: " + key.key());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void a_key_over_its_rate_limit_gets_429_and_recovers() throws Exception {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		ApiClient client = new ApiClient(this.port, key.key());
		HttpResponse<String> answer = client.get("/api/v1/sip-trunks");
		assertThat(answer.headers().firstValue("RateLimit-Limit")).hasValue("30");
		for (int i = 0; i < 60 && answer.statusCode() != 429; i++) {
			answer = client.get("/api/v1/sip-trunks");
		}
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(answer).get("code").asString()).isEqualTo("rate_limited");
		assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValue("0");
		long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 2L);
		Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(100));
		assertThat(client.get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
	}

	@Test
	void refused_keys_from_one_address_are_limited_for_every_key_of_it_and_recover() throws Exception {
		CreatedApiKey good = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		ApiClient guesser = new ApiClient(this.port, "tlk_ABCDEFGHIJKM_" + "y".repeat(43)).from("127.0.0.23");
		HttpResponse<String> answer = guesser.get("/api/v1/sip-trunks");
		int refused = 0;
		for (; answer.statusCode() == 401 && refused < 200; refused++) {
			answer = guesser.get("/api/v1/sip-trunks");
		}
		assertThat(refused).isGreaterThanOrEqualTo(50).isLessThan(200);
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(ApiClient.json(answer).get("code").asString()).isEqualTo("too_many_refused_keys");
		long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 2L);
		assertThat(guesser.withKey(good.key()).get("/api/v1/sip-trunks").statusCode()).isEqualTo(429);
		assertThat(new ApiClient(this.port, good.key()).from("127.0.0.24").get("/api/v1/sip-trunks").statusCode())
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'API_KEY_REFUSED'"
				+ " and changes like '%too many refused keys from 127.0.0.23%'", Long.class))
			.isEqualTo(1);
		Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(200));
		assertThat(guesser.withKey(good.key()).get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
	}

	private long refusals(Org org, String reason) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where organization_id = ?"
						+ " and action = 'API_KEY_REFUSED' and changes like ?",
				Long.class, org.id(), "%" + reason + "%");
	}

	private Timestamp lastUsed(CreatedApiKey key) {
		return this.jdbc.queryForObject("select last_used_at from api_key where id = ?", Timestamp.class,
				key.summary().id());
	}

	static void assertUnauthorized(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(ApiClient.json(answer).get("code").asString()).isEqualTo("unauthorized");
	}

}
