package io.trunkline.api.compat;

import java.net.http.HttpResponse;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SigmaMind's import as its clients send it, with {@code X-API-Key}, to
 * {@code /api/compat/sigmamind/v1/phone-numbers/import}: the page's example values, its
 * field rules, its answer's fields.
 */
@ApiTest
@Import(CompatAgents.class)
@ExtendWith(OutputCaptureExtension.class)
class SigmaMindCompatIT {

	static final String PATH = "/api/compat/sigmamind/v1/phone-numbers/import";

	static final String AGENT = "awTw7UKhOsLGiDbt";

	static final String MARKER = "marker-sigmamind-secret-7Qz";

	static final String BASE = "\"phoneNumber\": \"+14155550300\", \"trunkUsername\": \"u\", \"trunkPassword\": \"p\","
			+ " \"terminationSipURI\": \"sip.example.com\"";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private CompatAgents agents;

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
	void the_pages_example_imports_and_answers_every_documented_field() {
		this.agents.agent(this.org, AGENT);

		HttpResponse<String> response = post(this.adminKey, CompatResources.read("sigmamind/import-phone-number.json"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("sipPhoneNumber", "inboundAgentId",
				"outboundAgentId", "outboundPhoneNumber", "active", "terminationSipURI", "friendlyName");
		assertThat(body.get("sipPhoneNumber").asString()).isEqualTo("+14155552671");
		assertThat(body.get("inboundAgentId").asString()).isEqualTo(AGENT);
		assertThat(body.get("outboundAgentId").asString()).isEqualTo(AGENT);
		assertThat(body.get("outboundPhoneNumber").asString()).isEqualTo("+14155552671");
		assertThat(body.get("active").isBoolean()).isTrue();
		assertThat(body.get("active").booleanValue()).isTrue();
		assertThat(body.get("terminationSipURI").asString()).isEqualTo("sip.telnyx.com");
		assertThat(body.get("friendlyName").asString()).isEqualTo("BYO - Main Office Line");
		assertThat(response.body()).doesNotContain("tr!nkP@ssword");
		assertThat(this.jdbc.queryForList(
				"select b.direction || ' ' || b.weight_bp from number_binding b join phone_number n"
						+ " on n.id = b.phone_number_id where n.organization_id = ? order by b.direction",
				String.class, this.org.id()))
			.containsExactly("INBOUND 10000", "OUTBOUND 10000");
		assertThat(this.jdbc.queryForObject("select test_call_destination from phone_number where organization_id = ?",
				String.class, this.org.id()))
			.isEqualTo("+14155552671");
		assertThat(this.jdbc.queryForObject("select auth_username from sip_trunk where organization_id = ?",
				String.class, this.org.id()))
			.isEqualTo("my_trunk_user");
	}

	@Test
	void the_same_request_again_is_409_in_problem_details_and_the_trunk_is_reused() {
		this.agents.agent(this.org, AGENT);
		String example = CompatResources.read("sigmamind/import-phone-number.json");
		assertThat(post(this.adminKey, example).statusCode()).isEqualTo(201);

		HttpResponse<String> again = post(this.adminKey, example);

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(again).get("detail").asString()).isEqualTo("Phone number already exists");
		HttpResponse<String> another = post(this.adminKey,
				example.replace("\"+14155552671\",\n  \"inbound", "\"+14155552672\",\n  \"inbound"));
		assertThat(another.statusCode()).as(another.body()).isEqualTo(201);
		assertThat(count("sip_trunk")).isEqualTo(1);
	}

	@Test
	void without_a_friendly_name_the_number_itself_is_the_name_and_no_agent_is_bound() {
		HttpResponse<String> response = post(this.adminKey, "{" + BASE + "}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("friendlyName").asString()).isEqualTo("+14155550300");
		assertThat(body.get("inboundAgentId").isNull()).isTrue();
		assertThat(body.get("outboundAgentId").isNull()).isTrue();
		assertThat(body.get("outboundPhoneNumber").isNull()).isTrue();
		assertThat(this.jdbc.queryForObject("select name from sip_trunk where organization_id = ?", String.class,
				this.org.id()))
			.isEqualTo("SigmaMind sip.example.com");
	}

	@Test
	void an_unknown_or_another_organizations_agent_id_is_refused_and_nothing_is_stored() {
		Org other = this.accounts.newOrganization();
		this.agents.agent(other, "theirs-only");

		HttpResponse<String> unknown = post(this.adminKey, "{" + BASE + ", \"inboundAgentId\": \"no-such-agent\"}");
		HttpResponse<String> theirs = post(this.adminKey, "{" + BASE + ", \"outboundAgentId\": \"theirs-only\"}");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(unknown).get("errors").get(0).asString())
			.isEqualTo("inboundAgentId: agent not found: no-such-agent");
		assertThat(theirs.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(theirs).get("detail").asString())
			.isEqualTo("outboundAgentId: agent not found: theirs-only");
		assertThat(count("phone_number")).isZero();
		assertThat(count("sip_trunk")).isZero();
	}

	static Stream<Arguments> refusedBodies() {
		return Stream.of(Arguments.of(
				"{\"trunkUsername\": \"u\", \"trunkPassword\": \"p\", \"terminationSipURI\": \"s.example.com\"}",
				"phoneNumber is required"),
				Arguments.of(
						"{\"phoneNumber\": \"+14155550300\", \"trunkPassword\": \"p\", \"terminationSipURI\": \"s.example.com\"}",
						"trunkUsername is required"),
				Arguments.of(
						"{\"phoneNumber\": \"+14155550300\", \"trunkUsername\": \"u\", \"terminationSipURI\": \"s.example.com\"}",
						"trunkPassword is required"),
				Arguments.of("{\"phoneNumber\": \"+14155550300\", \"trunkUsername\": \"u\", \"trunkPassword\": \"p\"}",
						"terminationSipURI is required"),
				Arguments.of(BASE.replace("\"+14155550300\"", "\"14155550300\""), "phoneNumber must be in +E.164"),
				Arguments.of(BASE.replace("\"+14155550300\"", "\"+04155550300\""), "phoneNumber must be in +E.164"),
				Arguments.of(BASE.replace("\"+14155550300\"", "\"+123456\""), "phoneNumber must be in +E.164"),
				Arguments.of(BASE.replace("\"+14155550300\"", "\"+1234567890123456\""),
						"phoneNumber must be in +E.164"),
				Arguments.of(BASE.replace("\"+14155550300\"", "\"+1 415 555 0300\""), "phoneNumber must be in +E.164"),
				Arguments.of(BASE.replace("\"+14155550300\"", "14155550300"), "phoneNumber must be a string"),
				Arguments.of(BASE + ", \"outboundPhoneNumber\": \"4155550300\"",
						"outboundPhoneNumber must be in +E.164"),
				Arguments.of(BASE + ", \"friendlyName\": \"" + "n".repeat(129) + "\"",
						"friendlyName must be at most 128 characters"),
				Arguments.of(BASE + ", \"friendlyName\": true", "friendlyName must be a string"),
				Arguments.of(BASE + ", \"inboundAgentId\": \"" + "a".repeat(65) + "\"",
						"inboundAgentId must be at most 64 characters"),
				Arguments.of(BASE + ", \"outboundAgentId\": \"" + "a".repeat(65) + "\"",
						"outboundAgentId must be at most 64 characters"),
				Arguments.of(BASE.replace("\"u\"", "\"" + "u".repeat(129) + "\""),
						"trunkUsername must be at most 128 characters"),
				Arguments.of(BASE.replace("\"p\"", "\"" + "p".repeat(129) + "\""),
						"trunkPassword must be at most 128 characters"),
				Arguments.of(BASE.replace("sip.example.com", "s".repeat(254)),
						"terminationSipURI must be at most 253 characters"),
				Arguments.of(BASE.replace("sip.example.com", "ftp://sip.example.com"),
						"terminationSipURI: Only sip: and sips: URIs are supported"),
				Arguments.of(BASE + ", \"provider\": \"byo\"", "provider is not a field of this request"))
			.map((arguments) -> {
				String body = (String) arguments.get()[0];
				return Arguments.of(body.startsWith("{") ? body : "{" + body + "}", arguments.get()[1]);
			});
	}

	@ParameterizedTest
	@MethodSource("refusedBodies")
	void sigmaminds_field_rules_refuse_in_problem_details(String body, String error) {
		HttpResponse<String> response = post(this.adminKey, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(response).get("status").intValue()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("errors").toString()).contains(error);
		assertThat(count("phone_number")).isZero();
		assertThat(count("sip_trunk")).isZero();
	}

	@Test
	void an_agent_manager_imports_onto_an_identical_trunk_only_and_a_viewer_not_at_all() {
		String managerKey = this.keys.create(this.org, Role.AGENT_MANAGER).key();
		String viewerKey = this.keys.create(this.org, Role.VIEWER).key();

		HttpResponse<String> noTrunk = post(managerKey, "{" + BASE + "}");
		assertThat(noTrunk.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(noTrunk).get("status").intValue()).isEqualTo(403);
		assertThat(post(this.adminKey, "{" + BASE + "}").statusCode()).isEqualTo(201);
		assertThat(post(managerKey, "{" + BASE.replace("0300", "0301") + "}").statusCode()).isEqualTo(201);
		assertThat(post(viewerKey, "{" + BASE.replace("0300", "0302") + "}").statusCode()).isEqualTo(403);
		assertThat(count("phone_number")).isEqualTo(2);
		assertThat(count("sip_trunk")).isEqualTo(1);
	}

	@Test
	void another_organizations_identical_trunk_is_not_reused_and_nothing_of_it_changes() {
		Org other = this.accounts.newOrganization();
		assertThat(post(this.keys.create(other, Role.ADMIN).key(), "{" + BASE + "}").statusCode()).isEqualTo(201);

		assertThat(post(this.adminKey, "{" + BASE + "}").statusCode()).isEqualTo(201);

		assertThat(count("sip_trunk")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				other.id()))
			.isEqualTo(1);
	}

	@Test
	void the_trunk_password_is_never_in_an_answer_or_the_log(CapturedOutput output) {
		String body = "{" + BASE.replace("\"p\"", "\"" + MARKER + "\"") + "}";
		assertThat(post(this.adminKey, body).statusCode()).isEqualTo(201);
		assertThat(post(this.adminKey, body).statusCode()).isEqualTo(409);
		post(this.adminKey, body.replace("sip.example.com", "ftp://x"));
		post(this.keys.create(this.org, Role.VIEWER).key(), body.replace("0300", "0303"));

		assertThat(ApiClient.allAnswers()).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	private HttpResponse<String> post(String key, String body) {
		return new ApiClient(this.port, null).post(PATH, body, "X-API-Key: " + key);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where organization_id = ?", Long.class,
				this.org.id());
	}

}
