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
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.TrunkHealthRows;
import io.trunkline.trunk.health.TrunkStatus;
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
 * Dasha's create request as its clients send it ({@code Authorization: Bearer}), to
 * {@code /api/compat/dasha/api/v1/sip-phone-numbers}: SIP credentials are a trunk of the
 * organization, named by its id as a UUID.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class DashaCompatIT {

	static final String PATH = "/api/compat/dasha/api/v1/sip-phone-numbers";

	static final String MARKER = "marker-dasha-secret-9Hv";

	/** The page's example credentials id, which names no trunk here. */
	static final String PAGE_CREDENTIALS = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private JdbcTemplate jdbc;

	private Org org;

	private ApiClient admin;

	private TrunkSummary trunk;

	@BeforeEach
	void organizationWithATrunk() {
		this.org = this.accounts.newOrganization();
		this.admin = new ApiClient(this.port, this.keys.create(this.org, Role.ADMIN).key());
		this.trunk = this.fixtures.trunk(this.org, "Dasha credentials", MARKER);
	}

	@Test
	void the_pages_example_as_printed_names_credentials_the_organization_does_not_have() {
		HttpResponse<String> response = this.admin.post(PATH, CompatResources.read("dasha/create-phone-number.json"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(response).get("detail").asString())
			.isEqualTo("SIP credentials not found: " + PAGE_CREDENTIALS);
		assertThat(count("phone_number")).isZero();
	}

	@Test
	void the_pages_example_with_its_placeholders_filled_answers_every_documented_field() {
		HttpResponse<String> response = this.admin.post(PATH, example("+14155550400"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = ApiClient.json(response);
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "orgId", "phoneNumber", "credentialsId",
				"createdTime", "lastUpdateTime", "registrationStatus", "description", "displayName", "registration",
				"providerId", "incomingCallsAgentId");
		long id = this.jdbc.queryForObject("select id from phone_number where organization_id = ?", Long.class,
				this.org.id());
		assertThat(body.get("id").asString()).matches(CompatIds.UUID).isEqualTo(CompatIds.uuid(id));
		assertThat(body.get("orgId").asString()).isEqualTo(String.valueOf(this.org.id()));
		assertThat(body.get("phoneNumber").asString()).isEqualTo("+14155550400");
		assertThat(body.get("credentialsId").asString()).isEqualTo(CompatIds.uuid(this.trunk.id()));
		Instant created = Instant.parse(body.get("createdTime").asString());
		assertThat(Instant.parse(body.get("lastUpdateTime").asString())).isAfterOrEqualTo(created);
		JsonNode status = body.get("registrationStatus");
		assertThat(status.propertyNames()).containsExactlyInAnyOrder("state", "errorDescription", "sipResponseMessage",
				"lastUpdated", "expiresAt");
		assertThat(status.get("state").asString()).isEqualTo("Disabled");
		assertThat(Instant.parse(status.get("lastUpdated").asString())).isAfterOrEqualTo(created);
		assertThat(status.get("errorDescription").isNull()).isTrue();
		assertThat(status.get("sipResponseMessage").isNull()).isTrue();
		assertThat(status.get("expiresAt").isNull()).isTrue();
		assertThat(body.get("description").isNull()).isTrue();
		assertThat(body.get("displayName").asString()).isEqualTo("+1 415-555-0400");
		assertThat(body.get("registration").isBoolean()).isTrue();
		assertThat(body.get("registration").booleanValue()).isFalse();
		assertThat(body.get("providerId").isNull()).isTrue();
		assertThat(body.get("incomingCallsAgentId").isNull()).isTrue();
		assertThat(this.jdbc.queryForObject("select sip_trunk_id from phone_number where id = ?", Long.class, id))
			.isEqualTo(this.trunk.id());
	}

	@Test
	void names_and_descriptions_are_stored_and_answered() {
		HttpResponse<String> response = this.admin.post(PATH, "{\"phoneNumber\": \"ext-1001\", \"credentialsId\": \""
				+ CompatIds.uuid(this.trunk.id()) + "\", \"displayName\": \"Sales\", \"description\": \"Caller ID\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("displayName").asString()).isEqualTo("Sales");
		assertThat(ApiClient.json(response).get("description").asString()).isEqualTo("Caller ID");
		assertThat(this.jdbc.queryForObject(
				"select pseudo from phone_number where number = 'ext-1001'" + " and organization_id = ?", Boolean.class,
				this.org.id()))
			.isTrue();
	}

	@Test
	void the_same_number_again_is_409_even_on_other_credentials_but_another_organization_may_have_it() {
		assertThat(this.admin.post(PATH, example("+14155550401")).statusCode()).isEqualTo(200);
		TrunkSummary second = this.fixtures.trunk(this.org, "Second", "pw");

		HttpResponse<String> again = this.admin.post(PATH, example("+14155550401"));
		HttpResponse<String> otherCredentials = this.admin.post(PATH,
				example("+14155550401").replace(CompatIds.uuid(this.trunk.id()), CompatIds.uuid(second.id())));

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(again).get("detail").asString())
			.isEqualTo("Phone number already exists in this organization");
		assertThat(otherCredentials.statusCode()).isEqualTo(409);
		Org other = this.accounts.newOrganization();
		TrunkSummary theirs = this.fixtures.trunk(other, "Theirs", "pw");
		HttpResponse<String> elsewhere = new ApiClient(this.port, this.keys.create(other, Role.ADMIN).key()).post(PATH,
				example("+14155550401").replace(CompatIds.uuid(this.trunk.id()), CompatIds.uuid(theirs.id())));
		assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
	}

	@Test
	void another_organizations_credentials_are_not_found_and_nothing_is_stored() {
		Org other = this.accounts.newOrganization();
		TrunkSummary theirs = this.fixtures.trunk(other, "Theirs", "pw");

		HttpResponse<String> response = this.admin.post(PATH,
				example("+14155550402").replace(CompatIds.uuid(this.trunk.id()), CompatIds.uuid(theirs.id())));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(count("phone_number")).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where sip_trunk_id = ?", Long.class,
				theirs.id()))
			.isZero();
	}

	@Test
	void registration_is_the_trunks_setting_and_its_status_is_answered() {
		HttpResponse<String> refused = this.admin.post(PATH,
				example("+14155550403").replace("\"registration\": false", "\"registration\": true"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(refused).get("detail").asString()).startsWith("registration must be false");

		TrunkCommand registering = TrunkCommand.of(this.trunk);
		registering.setRegistrationEnabled(true);
		this.accounts.as(this.org.adminEmail(),
				() -> this.trunks.update(this.trunk.id(), this.trunk.version(), registering));
		HttpResponse<String> response = this.admin.post(PATH,
				example("+14155550403").replace("\"registration\": false", "\"registration\": true"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("registration").booleanValue()).isTrue();
		assertThat(ApiClient.json(response).get("registrationStatus").get("state").asString()).isEqualTo("NotChecked");
		assertThat(this.admin.post(PATH, example("+14155550404")).statusCode()).isEqualTo(400);

		new TrunkHealthRows(this.jdbc).store(this.trunk.id(), this.org.id(), TrunkStatus.UP, 200, "OK", null);
		this.jdbc.update("update trunk_health set registration_state = 'FAILED', registration_code = 403,"
				+ " registration_reason = 'Forbidden', registration_description = 'The registrar refused the"
				+ " trunk''s username or password', registration_checked_at = current_timestamp where trunk_id = ?",
				this.trunk.id());
		HttpResponse<String> failed = this.admin.post(PATH,
				example("+14155550406").replace("\"registration\": false", "\"registration\": true"));
		assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
		var status = ApiClient.json(failed).get("registrationStatus");
		assertThat(status.get("state").asString()).isEqualTo("Failed");
		assertThat(status.get("sipResponseMessage").asString()).isEqualTo("403 Forbidden");
		assertThat(status.get("errorDescription").asString()).contains("refused");
	}

	@Test
	void an_agent_manager_creates_numbers_and_a_viewer_is_refused_in_problem_details() {
		ApiClient manager = new ApiClient(this.port, this.keys.create(this.org, Role.AGENT_MANAGER).key());
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());

		assertThat(manager.post(PATH, example("+14155550405")).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = viewer.post(PATH, example("+14155550406"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(refused).get("status").intValue()).isEqualTo(403);
		assertThat(count("phone_number")).isEqualTo(1);
	}

	static Stream<Arguments> refusedBodies() {
		String credentials = "\"credentialsId\": \"" + CompatIds.uuid(1) + "\"";
		return Stream.of(Arguments.of("{" + credentials + "}", "phoneNumber is required"),
				Arguments.of("{\"phoneNumber\": \"\", " + credentials + "}", "phoneNumber must not be empty"),
				Arguments.of("{\"phoneNumber\": \"" + "1".repeat(256) + "\", " + credentials + "}",
						"phoneNumber must be at most 255 characters"),
				Arguments.of("{\"phoneNumber\": \"" + "1".repeat(65) + "\", CREDENTIALS}", "phoneNumber:"),
				Arguments.of("{\"phoneNumber\": \"sip:<string>\", CREDENTIALS}", "phoneNumber:"),
				Arguments.of("{\"phoneNumber\": 14155550410, " + credentials + "}", "phoneNumber must be a string"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\"}", "credentialsId is required"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", \"credentialsId\": \"abc\"}",
						"credentialsId must be a UUID"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", \"credentialsId\": 42}",
						"credentialsId must be a string"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", CREDENTIALS, \"displayName\": \"" + "n".repeat(256)
						+ "\"}", "displayName must be at most 255 characters"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", CREDENTIALS, \"displayName\": \"" + "n".repeat(129)
						+ "\"}", "displayName:"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", CREDENTIALS, \"description\": \"" + "d".repeat(256)
						+ "\"}", "description must be at most 255 characters"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", CREDENTIALS, \"registration\": \"false\"}",
						"registration must be a boolean literal"),
				Arguments.of("{\"phoneNumber\": \"+14155550410\", CREDENTIALS, \"incomingCallsAgentId\": \"a\"}",
						"incomingCallsAgentId is not a field of this request"),
				Arguments.of("{\"phoneNumber\": ", "The request body is not valid JSON"));
	}

	@ParameterizedTest
	@MethodSource("refusedBodies")
	void dashas_field_rules_refuse_in_problem_details(String body, String error) {
		HttpResponse<String> response = this.admin.post(PATH,
				body.replace("CREDENTIALS", "\"credentialsId\": \"" + CompatIds.uuid(this.trunk.id()) + "\""));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(ApiClient.json(response).get("errors").toString()).contains(error);
		assertThat(count("phone_number")).isZero();
	}

	@Test
	void the_credentials_password_is_never_in_an_answer_or_the_log(CapturedOutput output) {
		this.admin.post(PATH, example("+14155550420"));
		this.admin.post(PATH, example("+14155550420"));
		this.admin.post(PATH, example("bad number!"));

		assertThat(ApiClient.allAnswers()).doesNotContain(MARKER);
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	/** The page's example, its two placeholders filled: a number, this trunk's id. */
	private String example(String number) {
		return CompatResources.read("dasha/create-phone-number.json")
			.replace("<string>", number)
			.replace(PAGE_CREDENTIALS, CompatIds.uuid(this.trunk.id()));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where organization_id = ?", Long.class,
				this.org.id());
	}

}
