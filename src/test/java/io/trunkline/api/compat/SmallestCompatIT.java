package io.trunkline.api.compat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.stream.Stream;

import io.trunkline.api.ApiClient;
import io.trunkline.api.ApiTest;
import io.trunkline.api.ApiTestKeys;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
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
 * Smallest AI Atoms' import request as its scripts send it, to
 * {@code /api/compat/smallest/product/import-phone-number}.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class SmallestCompatIT {

	static final String PATH = "/api/compat/smallest/product/import-phone-number";

	static final String MARKER = "marker-smallest-secret-9Zq";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private JdbcTemplate jdbc;

	private Org org;

	private ApiClient admin;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
	}

	@Test
	void the_pages_example_imports_and_answers_in_smallests_shape() {
		HttpResponse<String> response = this.admin.post(PATH, CompatResources.read("smallest/import-request.json"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("status").isBoolean()).isTrue();
		assertThat(body.get("status").booleanValue()).isTrue();
		JsonNode data = body.get("data");
		assertThat(data.get("_id").isString()).isTrue();
		assertThat(data.get("productType").asString()).isEqualTo("custom");
		assertThat(data.get("isActive").isBoolean()).isTrue();
		assertThat(data.has("agentId")).isTrue();
		assertThat(data.get("agentId").isNull()).isTrue();
		assertThat(Instant.parse(data.get("createdAt").asString())).isNotNull();
		assertThat(Instant.parse(data.get("updatedAt").asString())).isNotNull();
		JsonNode attributes = data.get("attributes");
		assertThat(attributes.get("name").asString()).isEqualTo("Main Support Line");
		assertThat(attributes.get("phoneNumber").asString()).isEqualTo("+14155551234");
		assertThat(attributes.get("outboundSipTrunkId").isString()).isTrue();
		assertThat(attributes.get("inboundSipTrunkId").asString())
			.isEqualTo(attributes.get("outboundSipTrunkId").asString());
		long trunkId = Long.parseLong(attributes.get("inboundSipTrunkId").asString());
		assertThat(
				this.jdbc.queryForObject("select termination_uri from sip_trunk where id = ?", String.class, trunkId))
			.isEqualTo("sip:trunk.your-provider.com");
		assertThat(this.jdbc.queryForObject("select sip_trunk_id from phone_number where id = ?", Long.class,
				Long.parseLong(data.get("_id").asString())))
			.isEqualTo(trunkId);
	}

	@Test
	void the_same_request_again_gets_smallests_documented_duplicate_answer() {
		String example = CompatResources.read("smallest/import-request.json");
		assertThat(this.admin.post(PATH, example).statusCode()).isEqualTo(200);

		HttpResponse<String> again = this.admin.post(PATH, example);

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(again).get("status").booleanValue()).isFalse();
		assertThat(ApiClient.json(again).get("errors").get(0).asString()).isEqualTo("Number already present");
		assertThat(trunkCount()).isEqualTo(1);
	}

	@Test
	void an_identical_inline_trunk_is_reused_and_another_password_makes_a_new_one() {
		String first = importing("+14155550101", "sip:pbx.example.com", "user", MARKER);
		String second = importing("+14155550102", "sip:pbx.example.com", "user", MARKER);
		String otherPassword = importing("+14155550103", "sip:pbx.example.com", "user", MARKER + "-2");
		String otherUser = importing("+14155550104", "sip:pbx.example.com", "user2", MARKER);

		assertThat(second).isEqualTo(first);
		assertThat(otherPassword).isNotEqualTo(first);
		assertThat(otherUser).isNotEqualTo(first).isNotEqualTo(otherPassword);
		assertThat(this.jdbc.queryForList("select name from sip_trunk where organization_id = ? order by id",
				String.class, this.org.id()))
			.containsExactly("Smallest sip:pbx.example.com", "Smallest sip:pbx.example.com (2)",
					"Smallest sip:pbx.example.com (3)");
	}

	@Test
	void without_a_name_the_number_is_named_after_itself_and_the_key() {
		HttpResponse<String> response = this.admin.post(PATH,
				"{\"phoneNumber\": \"+14155550111\", \"sipTerminationUrl\": \"sip:pbx.example.com\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("data").get("attributes").get("name").asString())
			.startsWith("+14155550111-")
			.hasSizeGreaterThan("+14155550111-".length());
	}

	@Test
	void any_non_empty_string_is_accepted_as_a_pseudo_number() {
		HttpResponse<String> response = this.admin.post(PATH,
				"{\"phoneNumber\": \"ext-1001\", \"sipTerminationUrl\": \"sip:pbx.example.com\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select pseudo from phone_number where number = 'ext-1001'", Boolean.class))
			.isTrue();
	}

	static Stream<Arguments> refusedBodies() {
		return Stream.of(Arguments.of("{\"sipTerminationUrl\": \"sip:a.example.com\"}", "phoneNumber is required"),
				Arguments.of("{\"phoneNumber\": \"+14155550120\"}", "sipTerminationUrl is required"),
				Arguments.of("{\"phoneNumber\": \"\", \"sipTerminationUrl\": \"sip:a.example.com\"}",
						"phoneNumber must not be empty"),
				Arguments.of("{\"phoneNumber\": 14155550120, \"sipTerminationUrl\": \"sip:a.example.com\"}",
						"phoneNumber must be a string"),
				Arguments.of(
						"{\"phoneNumber\": \"+14155550120\", \"sipTerminationUrl\": \"sip:a.example.com\", \"sipUsername\": true}",
						"sipUsername must be a string"),
				Arguments.of("{\"phoneNumber\": \"+14155550120\", \"sipTerminationUrl\": \"http://a.example.com\"}",
						"sipTerminationUrl: Only sip: and sips: URIs are supported"),
				Arguments.of("{\"phoneNumber\": \"+14155550120\", \"sipTerminationUrl\": \"sip:a.example.com\","
						+ " \"name\": \"" + "n".repeat(129) + "\"}", "name:"),
				Arguments.of("{\"phoneNumber\": \"+14155550120\", \"sipTerminationUrl\": \"sip:a.example.com\","
						+ " \"agentId\": \"a1\"}", "agentId is not a field of this request"),
				Arguments.of("[1]", "The request body must be a JSON object"),
				Arguments.of("{\"phoneNumber\": ", "The request body is not valid JSON"));
	}

	@ParameterizedTest
	@MethodSource("refusedBodies")
	void smallests_field_rules_refuse_in_its_error_shape(String body, String error) {
		HttpResponse<String> response = this.admin.post(PATH, body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("status").booleanValue()).isFalse();
		assertThat(ApiClient.json(response).get("errors").toString()).contains(error);
		assertThat(numberCount()).isZero();
		assertThat(trunkCount()).isZero();
	}

	@Test
	void a_viewer_key_is_refused_and_another_organization_keeps_its_own_trunks() {
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
		HttpResponse<String> refused = viewer.post(PATH, CompatResources.read("smallest/import-request.json"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(refused).get("status").booleanValue()).isFalse();
		assertThat(numberCount()).isZero();

		String mine = importing("+14155550130", "sip:shared.example.com", "u", MARKER);
		Org other = this.accounts.newOrganization();
		ApiClient otherAdmin = new ApiClient(this.port, this.keys.create(other, Role.ADMIN).key());
		HttpResponse<String> theirs = otherAdmin.post(PATH, "{\"phoneNumber\": \"+14155550130\","
				+ " \"sipTerminationUrl\": \"sip:shared.example.com\", \"sipUsername\": \"u\", \"sipPassword\": \""
				+ MARKER + "\"}");

		assertThat(theirs.statusCode()).isEqualTo(200);
		String theirTrunk = ApiClient.json(theirs).get("data").get("attributes").get("inboundSipTrunkId").asString();
		assertThat(theirTrunk).isNotEqualTo(mine);
		assertThat(this.jdbc.queryForObject("select organization_id from sip_trunk where id = ?", Long.class,
				Long.parseLong(theirTrunk)))
			.isEqualTo(other.id());
		assertThat(trunkCount()).isEqualTo(1);
	}

	@Test
	void the_password_is_never_in_an_answer_or_the_log(CapturedOutput output) {
		importing("+14155550140", "sip:secret.example.com", "u", MARKER);
		this.admin.post(PATH, "{\"phoneNumber\": \"+14155550140\", \"sipTerminationUrl\": \"sip:secret.example.com\","
				+ " \"sipPassword\": \"" + MARKER + "\"}");
		this.admin.post(PATH, "{\"phoneNumber\": \"+14155550141\", \"sipTerminationUrl\": \"http://x\","
				+ " \"sipPassword\": \"" + MARKER + "\"}");

		assertThat(ApiClient.allAnswers()).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	private String importing(String number, String uri, String username, String password) {
		HttpResponse<String> response = this.admin.post(PATH,
				"{\"phoneNumber\": \"" + number + "\", \"sipTerminationUrl\": \"" + uri + "\", \"sipUsername\": \""
						+ username + "\", \"sipPassword\": \"" + password + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response).get("data").get("attributes").get("inboundSipTrunkId").asString();
	}

	private long trunkCount() {
		return this.jdbc.queryForObject("select count(*) from sip_trunk where organization_id = ?", Long.class,
				this.org.id());
	}

	private long numberCount() {
		return this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				this.org.id());
	}

}
