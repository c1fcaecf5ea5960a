package io.trunkline.api.compat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.stream.Stream;

import io.trunkline.api.ApiClient;
import io.trunkline.api.ApiTest;
import io.trunkline.api.ApiTestKeys;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TwilioSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Twilio/LiveKit platform's (reference file 002) import as its clients send it, with
 * {@code X-API-Key} and {@code X-Organization-Id}, to
 * {@code /api/compat/livekit/api/phone-numbers}.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class LiveKitCompatIT {

	static final String PATH = "/api/compat/livekit/api/phone-numbers";

	static final String MARKER = "marker-livekit-secret-2Wp";

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

	private String adminKey;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.adminKey = this.keys.create(this.org, Role.ADMIN).key();
	}

	@Test
	void the_pages_sip_example_imports_on_a_new_trunk_and_answers_in_the_platforms_shape() {
		HttpResponse<String> response = post(this.adminKey, this.org.id(),
				CompatResources.read("livekit/import-sip.json"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("success").booleanValue()).isTrue();
		assertThat(body.get("message").asString()).isEqualTo("Phone number imported successfully with sip");
		JsonNode data = body.get("data");
		assertThat(data.get("phone_number_id").asString()).startsWith("phon_");
		assertThat(data.get("phone_number").asString()).isEqualTo("+15559876543");
		assertThat(data.get("provider").asString()).isEqualTo("sip");
		assertThat(data.get("status").asString()).isEqualTo("free");
		assertThat(data.get("supports_inbound").isBoolean()).isTrue();
		assertThat(data.get("supports_outbound").booleanValue()).isTrue();
		assertThat(data.has("integration_id")).isTrue();
		assertThat(Instant.parse(data.get("created_at").asString())).isNotNull();
		assertThat(Instant.parse(data.get("updated_at").asString())).isNotNull();
		assertThat(this.jdbc.queryForMap(
				"select name, termination_uri, auth_username, media_encryption from sip_trunk where organization_id = ?",
				this.org.id()))
			.containsEntry("NAME", "my-trunk")
			.containsEntry("TERMINATION_URI", "sip.example.com")
			.containsEntry("AUTH_USERNAME", "user")
			.containsEntry("MEDIA_ENCRYPTION", "REQUIRE");
		assertThat(response.body()).doesNotContain("\"pass\"");
	}

	@Test
	void the_same_request_again_is_the_platforms_409() {
		String example = CompatResources.read("livekit/import-sip.json");
		assertThat(post(this.adminKey, this.org.id(), example).statusCode()).isEqualTo(200);

		HttpResponse<String> again = post(this.adminKey, this.org.id(), example);

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(again).get("success").booleanValue()).isFalse();
		assertThat(ApiClient.json(again).get("message").asString()).isEqualTo("Phone number already exists");
	}

	@Test
	void the_pages_twilio_example_names_an_integration_this_organization_does_not_have() {
		HttpResponse<String> response = post(this.adminKey, this.org.id(),
				CompatResources.read("livekit/import-twilio.json"));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(ApiClient.json(response).get("message").asString()).isEqualTo("Integration not found");
	}

	@Test
	void a_twilio_number_on_the_organizations_integration_is_imported() {
		TwilioSummary twilio = this.fixtures.twilio(this.org, "Twilio main", MARKER);
		String body = CompatResources.read("livekit/import-twilio.json")
			.replace("intg_a1b2c3d4e5f6", "intg_" + twilio.id());

		HttpResponse<String> response = post(this.adminKey, this.org.id(), body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode data = ApiClient.json(response).get("data");
		assertThat(data.get("provider").asString()).isEqualTo("twilio");
		assertThat(data.get("integration_id").asString()).isEqualTo("intg_" + twilio.id());
		assertThat(ApiClient.json(response).get("message").asString())
			.isEqualTo("Phone number imported successfully with twilio");
	}

	@Test
	void another_organizations_integration_is_not_found() {
		Org other = this.accounts.newOrganization();
		TwilioSummary theirs = this.fixtures.twilio(other, "Their Twilio", MARKER);
		String body = CompatResources.read("livekit/import-twilio.json")
			.replace("intg_a1b2c3d4e5f6", "intg_" + theirs.id());

		HttpResponse<String> response = post(this.adminKey, this.org.id(), body);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where twilio_integration_id = ?",
				Long.class, theirs.id()))
			.isZero();
	}

	@Test
	void an_organization_id_that_is_not_the_keys_is_refused() {
		Org other = this.accounts.newOrganization();

		HttpResponse<String> response = post(this.adminKey, other.id(),
				CompatResources.read("livekit/import-sip.json"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(response).get("success").booleanValue()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id in (?, ?)",
				Long.class, this.org.id(), other.id()))
			.isZero();
	}

	@Test
	void admins_and_agent_managers_may_create_and_viewers_may_not() {
		String viewer = this.keys.create(this.org, Role.VIEWER).key();
		String manager = this.keys.create(this.org, Role.AGENT_MANAGER).key();
		TwilioSummary twilio = this.fixtures.twilio(this.org, "Twilio roles", MARKER);
		String body = CompatResources.read("livekit/import-twilio.json")
			.replace("intg_a1b2c3d4e5f6", "intg_" + twilio.id());

		assertThat(post(viewer, this.org.id(), body).statusCode()).isEqualTo(403);
		assertThat(post(manager, this.org.id(), body).statusCode()).isEqualTo(200);
	}

	@Test
	void supports_default_to_false_as_the_page_says() {
		HttpResponse<String> response = post(this.adminKey, this.org.id(), "{\"phone_number\": \"+14155550170\","
				+ " \"provider\": \"sip\", \"sip_server_address\": \"sip.example.com\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("data").get("supports_inbound").booleanValue()).isFalse();
		assertThat(ApiClient.json(response).get("data").get("supports_outbound").booleanValue()).isFalse();
	}

	static Stream<Arguments> refusedBodies() {
		String sip = "\"phone_number\": \"+14155550180\", \"provider\": \"sip\", \"sip_server_address\": \"sip.example.com\"";
		return Stream.of(Arguments.of("{\"provider\": \"sip\"}", "phone_number is required"),
				Arguments.of("{\"phone_number\": \"+14155550180\"}", "provider is required"),
				Arguments.of("{\"phone_number\": \"+14155550180\", \"provider\": \"telnyx\"}",
						"provider must be twilio or sip"),
				Arguments.of("{\"phone_number\": \"4155550180\", \"provider\": \"sip\","
						+ " \"sip_server_address\": \"sip.example.com\"}", "E.164"),
				Arguments.of("{\"phone_number\": \"+14155550180\", \"provider\": \"twilio\"}",
						"integration_id is required"),
				Arguments.of("{\"phone_number\": \"+14155550180\", \"provider\": \"sip\"}",
						"sip_server_address is required"),
				Arguments.of("{" + sip + ", \"supports_inbound\": \"true\"}", "must be a boolean literal"),
				Arguments.of("{" + sip + ", \"inbound_pin\": \"123\"}", "inbound_pin must be 4 to 10 characters"),
				Arguments.of("{" + sip + ", \"inbound_pin\": \"12345678901\"}",
						"inbound_pin must be 4 to 10 characters"),
				Arguments.of("{" + sip + ", \"inbound_pin\": \"12ab\"}", "inbound_pin:"),
				Arguments.of("{" + sip + ", \"media_encryption\": \"always\"}", "media_encryption must be"),
				Arguments.of("{\"phone_number\": \"+14155550180\", \"provider\": \"sip\","
						+ " \"sip_server_address\": \"http://sip.example.com\"}", "sip_server_address:"),
				Arguments.of("{" + sip + ", \"sip_port\": 5060}", "sip_port is not a field of this request"));
	}

	@ParameterizedTest
	@MethodSource("refusedBodies")
	void the_platforms_field_rules_answer_400(String body, String error) {
		HttpResponse<String> response = post(this.adminKey, this.org.id(), body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("success").booleanValue()).isFalse();
		assertThat(ApiClient.json(response).get("message").asString()).contains(error);
	}

	@Test
	void the_password_never_leaves(CapturedOutput output) {
		String body = "{\"phone_number\": \"+14155550190\", \"provider\": \"sip\", \"sip_server_address\":"
				+ " \"sip.example.com\", \"sip_password\": \"" + MARKER + "\"}";
		post(this.adminKey, this.org.id(), body);
		post(this.adminKey, this.org.id(), body);

		assertThat(ApiClient.allAnswers()).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	private HttpResponse<String> post(String key, long organizationId, String body) {
		return new ApiClient(this.port, null).post(PATH, body, "X-API-Key: " + key,
				"X-Organization-Id: " + organizationId);
	}

}
