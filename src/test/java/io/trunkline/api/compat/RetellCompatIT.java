package io.trunkline.api.compat;

import java.net.http.HttpResponse;
import java.util.List;
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
 * Retell AI's import request as its SDKs send it, to
 * {@code /api/compat/retell/import-phone-number}: the page's code sample, and a request
 * made of every example value of its schema.
 */
@ApiTest
@Import(CompatAgents.class)
@ExtendWith(OutputCaptureExtension.class)
class RetellCompatIT {

	static final String PATH = "/api/compat/retell/import-phone-number";

	static final String AGENT = "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD";

	static final String MARKER = "marker-retell-secret-4Kd";

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

	private ApiClient admin;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
	}

	@Test
	void the_pages_code_sample_imports_and_answers_a_phone_number_response() {
		HttpResponse<String> response = this.admin.post(PATH, CompatResources.read("retell/import-minimal.json"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("phone_number").asString()).isEqualTo("+14157774444");
		assertThat(body.get("phone_number_type").asString()).isEqualTo("custom");
		assertThat(body.get("phone_number_pretty").isString()).isTrue();
		assertThat(body.get("area_code").isInt()).isTrue();
		assertThat(body.get("area_code").intValue()).isEqualTo(415);
		assertThat(body.get("last_modification_timestamp").isIntegralNumber()).isTrue();
		assertThat(body.get("last_modification_timestamp").longValue()).isGreaterThan(1_700_000_000_000L);
		JsonNode trunk = body.get("sip_outbound_trunk_config");
		assertThat(trunk.get("termination_uri").asString()).isEqualTo("someuri.pstn.twilio.com");
		assertThat(trunk.get("transport").asString()).isEqualTo("TCP");
		assertThat(trunk.has("auth_username")).isTrue();
		for (String nullable : List.of("allowed_inbound_country_list", "allowed_outbound_country_list",
				"inbound_agents", "outbound_agents", "inbound_sms_agents", "outbound_sms_agents", "inbound_webhook_url",
				"inbound_sms_webhook_url", "fallback_number")) {
			assertThat(body.has(nullable)).as(nullable).isTrue();
			assertThat(body.get(nullable).isNull()).as(nullable).isTrue();
		}
		assertThat(body.get("nickname").isString()).isTrue();
	}

	@Test
	void every_example_value_of_the_schema_is_stored_and_answered() {
		this.agents.agent(this.org, AGENT);
		this.agents.agent(this.org, "retell-second-agent");

		HttpResponse<String> response = this.admin.post(PATH, CompatResources.read("retell/import-full.json"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("nickname").asString()).isEqualTo("Frontdesk Number");
		assertThat(body.get("inbound_webhook_url").asString()).isEqualTo("https://example.com/inbound-webhook");
		assertThat(body.get("allowed_inbound_country_list").toString()).isEqualTo("[\"CA\",\"GB\",\"US\"]");
		assertThat(body.get("allowed_outbound_country_list").toString()).isEqualTo("[\"CA\",\"US\"]");
		assertThat(body.get("sip_outbound_trunk_config").get("auth_username").asString()).isEqualTo("username");
		JsonNode inbound = body.get("inbound_agents");
		assertThat(inbound).hasSize(2);
		assertThat(inbound.get(0).get("agent_id").asString()).isEqualTo(AGENT);
		assertThat(inbound.get(0).get("agent_version").isInt()).isTrue();
		assertThat(inbound.get(0).get("weight").isNumber()).isTrue();
		assertThat(inbound.get(0).get("weight").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(inbound.get(1).get("agent_version").asString()).isEqualTo("prod");
		assertThat(body.get("outbound_agents").get(0).get("weight").decimalValue()).isEqualByComparingTo("1");
		assertThat(this.jdbc.queryForList(
				"select b.weight_bp from number_binding b join phone_number n on n.id = b.phone_number_id"
						+ " where n.organization_id = ? and b.direction = 'INBOUND' order by b.weight_bp",
				Integer.class, this.org.id()))
			.containsExactly(5000, 5000);
		assertThat(response.body()).doesNotContain("123456");
	}

	@Test
	void the_same_request_again_is_refused_and_the_trunk_reused() {
		String example = CompatResources.read("retell/import-minimal.json");
		assertThat(this.admin.post(PATH, example).statusCode()).isEqualTo(201);

		HttpResponse<String> again = this.admin.post(PATH, example);

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(again).get("status").asString()).isEqualTo("error");
		assertThat(ApiClient.json(again).get("message").asString()).isEqualTo("Phone number already exists");
		HttpResponse<String> another = this.admin.post(PATH,
				"{\"phone_number\": \"+14157774445\", \"termination_uri\": \"someuri.pstn.twilio.com\"}");
		assertThat(another.statusCode()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select count(*) from sip_trunk where organization_id = ?", Long.class,
				this.org.id()))
			.isEqualTo(1);
	}

	@Test
	void an_unknown_agent_id_is_refused_in_retells_shape_and_nothing_is_stored() {
		this.agents.agent(this.org, AGENT);
		HttpResponse<String> response = this.admin.post(PATH,
				"{\"phone_number\": \"+14157774446\", \"termination_uri\": \"sip.example.com\","
						+ " \"inbound_agents\": [{\"agent_id\": \"no-such-agent\", \"weight\": 1}]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("message").asString())
			.isEqualTo("inbound_agents: agent not found: no-such-agent");
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				this.org.id()))
			.isZero();
	}

	@Test
	void another_organizations_agent_id_is_not_found() {
		Org other = this.accounts.newOrganization();
		this.agents.agent(other, "theirs-only");

		HttpResponse<String> response = this.admin.post(PATH,
				"{\"phone_number\": \"+14157774447\", \"termination_uri\": \"sip.example.com\","
						+ " \"inbound_agents\": [{\"agent_id\": \"theirs-only\", \"weight\": 1}]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("message").asString()).contains("agent not found: theirs-only");
	}

	@Test
	void a_pseudo_number_passes_by_default_and_not_when_validation_is_asked_for() {
		String pseudo = "{\"phone_number\": \"internal-7\", \"termination_uri\": \"sip.example.com\"%s}";

		assertThat(this.admin.post(PATH, pseudo.formatted(", \"ignore_e164_validation\": false")).statusCode())
			.isEqualTo(400);
		assertThat(this.admin.post(PATH, pseudo.formatted("")).statusCode()).isEqualTo(201);
	}

	static Stream<Arguments> refusedBodies() {
		String base = "\"phone_number\": \"+14157774450\", \"termination_uri\": \"sip.example.com\"";
		return Stream.of(Arguments.of("{\"termination_uri\": \"sip.example.com\"}", "phone_number is required"),
				Arguments.of("{\"phone_number\": \"+14157774450\"}", "termination_uri is required"),
				Arguments.of("{\"phone_number\": \"\", \"termination_uri\": \"sip.example.com\"}",
						"phone_number must not be empty"),
				Arguments.of("{" + base + ", \"ignore_e164_validation\": \"true\"}",
						"ignore_e164_validation must be a boolean literal"),
				Arguments.of("{" + base + ", \"transport\": \"tcp\"}", "transport must be"),
				Arguments.of("{\"phone_number\": \"+14157774450\", \"termination_uri\": \"ftp://sip.example.com\"}",
						"termination_uri: Only sip: and sips: URIs are supported"),
				Arguments.of("{" + base + ", \"inbound_agents\": [{\"agent_id\": \"a\", \"weight\": 0.5}]}",
						"inbound_agents: total weights must add up to 1"),
				Arguments.of(
						"{" + base + ", \"inbound_agents\": [{\"agent_id\": \"a\", \"weight\": 0.33333},"
								+ " {\"agent_id\": \"b\", \"weight\": 0.66667}]}",
						"weight must have at most 4 decimal places"),
				Arguments.of("{" + base + ", \"outbound_agents\": [{\"agent_id\": \"a\", \"weight\": 0}]}",
						"outbound_agents[0].weight must be above 0 and at most 1"),
				Arguments.of("{" + base + ", \"outbound_agents\": [{\"agent_id\": \"a\", \"weight\": \"1\"}]}",
						"outbound_agents[0].weight must be a number"),
				Arguments.of("{" + base + ", \"outbound_agents\": [{\"weight\": 1}]}",
						"outbound_agents[0].agent_id is required"),
				Arguments.of("{" + base + ", \"outbound_agents\": [{\"agent_id\": \"a\", \"weight\": 1, \"x\": 1}]}",
						"outbound_agents[0].x is not a field of this request"),
				Arguments.of("{" + base + ", \"allowed_inbound_country_list\": \"US\"}",
						"allowed_inbound_country_list must be an array"),
				Arguments.of("{" + base + ", \"allowed_inbound_country_list\": [\"ZZ\"]}",
						"allowed_inbound_country_list: Unknown country code: ZZ"),
				Arguments.of("{" + base + ", \"inbound_webhook_url\": \"ftp://x\"}", "inbound_webhook_url:"),
				Arguments.of("{" + base + ", \"nickname\": \"" + "n".repeat(129) + "\"}", "nickname:"),
				Arguments.of("{" + base + ", \"inbound_agent_id\": \"a\"}",
						"inbound_agent_id is not a field of this request"));
	}

	@ParameterizedTest
	@MethodSource("refusedBodies")
	void retells_field_rules_refuse_in_its_error_shape(String body, String error) {
		HttpResponse<String> response = this.admin.post(PATH, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(ApiClient.json(response).get("status").asString()).isEqualTo("error");
		assertThat(ApiClient.json(response).get("message").asString()).contains(error);
		assertThat(this.jdbc.queryForObject("select count(*) from sip_trunk where organization_id = ?", Long.class,
				this.org.id()))
			.isZero();
	}

	@Test
	void a_viewer_key_is_refused_and_the_password_never_leaves(CapturedOutput output) {
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
		String body = "{\"phone_number\": \"+14157774460\", \"termination_uri\": \"sip.example.com\","
				+ " \"sip_trunk_auth_username\": \"u\", \"sip_trunk_auth_password\": \"" + MARKER + "\"}";

		HttpResponse<String> refused = viewer.post(PATH, body);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(refused).get("status").asString()).isEqualTo("error");
		assertThat(this.admin.post(PATH, body).statusCode()).isEqualTo(201);
		assertThat(this.admin.post(PATH, body).statusCode()).isEqualTo(400);

		assertThat(ApiClient.allAnswers()).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

}
