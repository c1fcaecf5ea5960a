package io.trunkline.api.compat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.trunkline.TestClock;
import io.trunkline.api.ApiClient;
import io.trunkline.api.ApiTest;
import io.trunkline.api.ApiTestKeys;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API's filters refuse (no or a refused key, a body over the limit, too many
 * requests) and what the services refuse (a role), answered on each of the five migration
 * endpoints in that platform's error shape, as on its own malformed JSON.
 */
@ApiTest
class CompatErrorShapesIT {

	/**
	 * A request each platform's rules accept: {@code {credentials}} is a trunk's UUID.
	 */
	record Platform(String name, String path, String body, Consumer<HttpResponse<String>> shape) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Platform> platforms() {
		return Stream.of(
				new Platform("smallest", "/api/compat/smallest/product/import-phone-number",
						"{\"phoneNumber\": \"+14155550901\", \"sipTerminationUrl\": \"sip:shape.example.com\"}",
						CompatErrorShapesIT::smallest),
				new Platform("retell", "/api/compat/retell/import-phone-number",
						"{\"phone_number\": \"+14155550901\", \"termination_uri\": \"sip:shape.example.com\"}",
						CompatErrorShapesIT::retell),
				new Platform("livekit", "/api/compat/livekit/api/phone-numbers",
						"{\"phone_number\": \"+14155550901\", \"provider\": \"sip\","
								+ " \"sip_server_address\": \"sip.shape.example.com\"}",
						CompatErrorShapesIT::liveKit),
				new Platform("dasha", "/api/compat/dasha/api/v1/sip-phone-numbers",
						"{\"phoneNumber\": \"+14155550901\", \"credentialsId\": \"{credentials}\"}",
						CompatErrorShapesIT::problem),
				new Platform("sigmamind", "/api/compat/sigmamind/v1/phone-numbers/import",
						"{\"phoneNumber\": \"+14155550901\", \"trunkUsername\": \"u\", \"trunkPassword\": \"p\","
								+ " \"terminationSipURI\": \"sip.shape.example.com\"}",
						CompatErrorShapesIT::problem));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TestClock clock;

	private Org org;

	private TrunkSummary trunk;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Shapes", "pw");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void no_key_an_unknown_key_a_revoked_and_an_expired_key_are_401_in_the_platforms_shape(Platform platform) {
		ApiClient anonymous = new ApiClient(this.port, null);
		unauthorized(platform, post(anonymous, platform));
		unauthorized(platform, post(new ApiClient(this.port, "tl_unknown_" + "0".repeat(43)), platform));

		CreatedApiKey revoked = this.keys.create(this.org, Role.ADMIN);
		this.keys.revoke(this.org, revoked.summary().id());
		unauthorized(platform, post(new ApiClient(this.port, revoked.key()), platform));

		ApiClient expiring = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
		this.clock.advance(Duration.ofDays(90).plusSeconds(1));
		unauthorized(platform, post(expiring, platform));
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void a_viewer_key_is_403_in_the_platforms_shape(Platform platform) {
		HttpResponse<String> refused = post(client(Role.VIEWER), platform);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		platform.shape().accept(refused);
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void a_body_over_the_limit_is_413_in_the_platforms_shape_with_or_without_its_length(Platform platform) {
		ApiClient admin = client(Role.ADMIN);
		String large = "{\"phoneNumber\": \"" + "1".repeat(5000) + "\"}";

		HttpResponse<String> said = admin.post(platform.path(), large, headers(platform));
		HttpResponse<String> chunked = admin.send(admin.request(platform.path(), headers(platform))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))));

		for (HttpResponse<String> response : java.util.List.of(said, chunked)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			platform.shape().accept(response);
			assertThat(response.body()).contains("larger than 4096 bytes");
		}
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void too_many_requests_are_429_in_the_platforms_shape_with_retry_after(Platform platform) {
		ApiClient admin = client(Role.ADMIN);
		HttpResponse<String> response = admin.post(platform.path(), "{", headers(platform));
		for (int i = 0; i < 60 && response.statusCode() != 429; i++) {
			response = admin.post(platform.path(), "{", headers(platform));
		}

		assertThat(response.statusCode()).isEqualTo(429);
		platform.shape().accept(response);
		assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 2L);
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void malformed_json_is_400_in_the_platforms_shape(Platform platform) {
		HttpResponse<String> response = client(Role.ADMIN).post(platform.path(), "{\"phone", headers(platform));

		assertThat(response.statusCode()).isEqualTo(400);
		platform.shape().accept(response);
		assertThat(response.body()).contains("The request body is not valid JSON");
	}

	private void unauthorized(Platform platform, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(platform.name()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		platform.shape().accept(response);
	}

	private HttpResponse<String> post(ApiClient client, Platform platform) {
		return client.post(platform.path(), platform.body().replace("{credentials}", CompatIds.uuid(this.trunk.id())),
				headers(platform));
	}

	private String[] headers(Platform platform) {
		return platform.name().equals("livekit") ? new String[] { "X-Organization-Id: " + this.org.id() }
				: new String[0];
	}

	private ApiClient client(Role role) {
		return new ApiClient(this.port, this.keys.create(this.org, role).key());
	}

	static void smallest(HttpResponse<String> response) {
		JsonNode body = json(response, "application/json");
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("status", "errors");
		assertThat(body.get("status").isBoolean() && !body.get("status").booleanValue()).isTrue();
		assertThat(body.get("errors").isArray() && body.get("errors").get(0).isString()).isTrue();
	}

	static void retell(HttpResponse<String> response) {
		JsonNode body = json(response, "application/json");
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("status", "message");
		assertThat(body.get("status").asString()).isEqualTo("error");
		assertThat(body.get("message").isString()).isTrue();
	}

	static void liveKit(HttpResponse<String> response) {
		JsonNode body = json(response, "application/json");
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("success", "message");
		assertThat(body.get("success").isBoolean() && !body.get("success").booleanValue()).isTrue();
		assertThat(body.get("message").isString()).isTrue();
	}

	static void problem(HttpResponse<String> response) {
		JsonNode body = json(response, "application/problem+json");
		assertThat(body.get("status").intValue()).isEqualTo(response.statusCode());
		assertThat(body.get("title").isString()).isTrue();
		assertThat(body.get("detail").isString()).isTrue();
		assertThat(body.get("errors").isArray() && body.get("errors").get(0).isString()).isTrue();
		assertThat(body.has("code")).as("not the native problem's code").isFalse();
	}

	private static JsonNode json(HttpResponse<String> response, String contentType) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
		return ApiClient.json(response);
	}

}
