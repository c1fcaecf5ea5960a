package io.trunkline.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.trunkline.agent.AgentSummary;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.importer.ImportReports;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/import-jobs} as a client uses it: JSON and CSV imports run until done in
 * the background as the key's job, the dry run, the rows report, cancel, each documented
 * error, roles and organizations.
 */
@ApiTest
class ImportJobApiIT {

	static final String TRUNK_PASSWORD = "marker-import-trunk-password-4Rw";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private Org org;

	private CreatedApiKey key;

	private ApiClient manager;

	private TrunkSummary trunk;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.key = this.keys.create(this.org, Role.AGENT_MANAGER);
		this.manager = new ApiClient(this.port, this.key.key());
		this.trunk = this.fixtures.trunk(this.org, "Carrier", TRUNK_PASSWORD);
	}

	@Test
	void three_json_rows_are_imported_in_the_background_as_the_keys_job_and_reported() {
		String body = threeRows(this.trunk.id());
		String idempotency = "Idempotency-Key: " + UUID.randomUUID();
		HttpResponse<String> started = this.manager.post("/api/v1/import-jobs", body, idempotency);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long id = ApiClient.json(started).get("id").asLong();
		String location = "/api/v1/import-jobs/" + id;
		assertThat(started.headers().firstValue("Location")).hasValue(location);
		assertThat(ApiClient.json(started).get("started_by").asString())
			.isEqualTo(this.key.summary().keyId().transform((keyId) -> "api-key:" + keyId));
		HttpResponse<String> replayed = this.manager.post("/api/v1/import-jobs", body, idempotency);
		assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");

		JsonNode done = awaitFinished(this.manager, location);
		assertThat(done.get("status").asString()).isEqualTo("done");
		assertThat(done.get("imported").asInt()).isEqualTo(3);
		assertThat(done.get("skipped").asInt()).isZero();
		assertThat(done.get("report_available").asBoolean()).isTrue();

		JsonNode rows = ApiClient.json(this.manager.get(location + "/rows?status=imported"));
		assertThat(rows.get("data")).hasSize(3);
		assertThat(rows.get("data").get(0).get("normalized").asString()).isEqualTo("+14155550101");
		assertThat(rows.get("data").get(0).get("name").asString()).isEqualTo("Main line");
		assertThat(rows.get("data").get(0).get("line").asInt()).isEqualTo(1);
		assertThat(rows.get("next_cursor").isNull()).isTrue();
		JsonNode firstPage = ApiClient.json(this.manager.get(location + "/rows?limit=2"));
		assertThat(firstPage.get("data")).hasSize(2);
		JsonNode secondPage = ApiClient
			.json(this.manager.get(location + "/rows?limit=2&cursor=" + firstPage.get("next_cursor").asString()));
		assertThat(secondPage.get("data").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(ApiClient.json(this.manager.get(location + "/rows?status=invalid")).get("data")).isEmpty();

		HttpResponse<String> csv = this.manager.get(location + "/rows", "Accept: text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("line,input,normalized,international,name,verdict,reason")
			.contains("+14155550102")
			.contains("Imported");

		JsonNode numbers = ApiClient.json(this.manager.get("/api/v1/phone-numbers?import_id=" + id));
		assertThat(numbers.get("data")).hasSize(3);
		assertThat(this.jdbc.queryForObject("select count(*) from import_batch where organization_id = ?", Long.class,
				this.org.id()))
			.isEqualTo(1);
		assertThat(
				this.jdbc.queryForList("select started_by_id from import_batch where id = ? and started_by_email = ?",
						id, "api-key:" + this.key.summary().keyId()))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("started_by_id")).isNull());
		assertThat(this.jdbc.queryForList("select user_id, user_email from audit_entry where organization_id = ?"
				+ " and action = 'IMPORT' and entity_id = ?", this.org.id(), id))
			.singleElement()
			.satisfies((entry) -> {
				assertThat((String) entry.get("user_email")).isEqualTo("api-key:" + this.key.summary().keyId());
				assertThat(entry.get("user_id")).isNull();
			});
		String secret = this.key.key().substring(this.key.summary().prefix().length() + 1);
		assertThat(ApiClient.allAnswers()).doesNotContain(TRUNK_PASSWORD).doesNotContain(secret);
	}

	@Test
	void three_csv_rows_with_the_wizards_header_names_are_imported_with_an_agent() {
		AgentSummary agent = this.fixtures.agent(this.org, "Desk", 1);
		// over the general body limit of the tests (4096 bytes), under the import limit
		String csv = "Phone Number;Friendly Name;Notes\n+1 415 555 0111;One;\n(415) 555-0112;Two;\n"
				+ "+1 415 555 0113;Three;" + "x".repeat(10) + "\n" + "\n".repeat(5000);
		HttpResponse<String> started = postCsv(this.manager, "?sip_trunk_id=" + this.trunk.id() + "&inbound_agents="
				+ agent.id() + ":latest:10000&mode=all_or_nothing&source_name=numbers.csv", csv);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		JsonNode done = awaitFinished(this.manager, location);
		assertThat(done.get("status").asString()).isEqualTo("done");
		assertThat(done.get("imported").asInt()).isEqualTo(3);
		assertThat(done.get("source_name").asString()).isEqualTo("numbers.csv");
		JsonNode rows = ApiClient.json(this.manager.get(location + "/rows"));
		assertThat(rows.get("data").valueStream().map((row) -> row.get("name").asString())).containsExactly("One",
				"Two", "Three");
		assertThat(rows.get("data").get(1).get("line").asInt()).isEqualTo(3);
		JsonNode bound = ApiClient.json(this.manager.get("/api/v1/phone-numbers?agent_id=" + agent.id()));
		assertThat(bound.get("data")).hasSize(3);
	}

	@Test
	void a_dry_run_answers_counts_and_paged_verdicts_and_stores_nothing() {
		this.fixtures.number(this.org, this.trunk, "+14155550121");
		String body = "{\"rows\": [{\"phone_number\": \"+14155550121\"}, {\"phone_number\": \"not a number\"},"
				+ " {\"phone_number\": \"+14155550122\"}, {\"phone_number\": \"+1 415 555 0122\"}], \"sip_trunk_id\": "
				+ this.trunk.id() + ", \"dry_run\": true}";
		HttpResponse<String> answer = this.manager.post("/api/v1/import-jobs?limit=2", body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode dryRun = ApiClient.json(answer);
		assertThat(dryRun.get("total").asInt()).isEqualTo(4);
		assertThat(dryRun.get("counts").get("ready").asInt()).isEqualTo(1);
		assertThat(dryRun.get("counts").get("invalid").asInt()).isEqualTo(1);
		assertThat(dryRun.get("counts").get("already_present").asInt()).isEqualTo(1);
		assertThat(dryRun.get("counts").get("duplicate_in_file").asInt()).isEqualTo(1);
		assertThat(dryRun.get("rows").get("data")).hasSize(2);
		assertThat(dryRun.get("rows").get("data").get(0).get("status").asString()).isEqualTo("already_present");
		String cursor = dryRun.get("rows").get("next_cursor").asString();
		JsonNode next = ApiClient.json(this.manager.post("/api/v1/import-jobs?limit=2&cursor=" + cursor, body));
		assertThat(next.get("rows").get("data").valueStream().map((row) -> row.get("line").asInt())).containsExactly(3,
				4);
		assertThat(next.get("rows").get("data").get(1).get("reason").asString()).contains("line 3");
		JsonNode invalid = ApiClient.json(this.manager.post("/api/v1/import-jobs?status=invalid", body));
		assertThat(invalid.get("rows").get("data").get(0).get("input").asString()).isEqualTo("not a number");
		assertThat(this.jdbc.queryForObject("select count(*) from import_batch where organization_id = ?", Long.class,
				this.org.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				this.org.id()))
			.isEqualTo(1);
	}

	@Test
	void each_documented_error_of_a_new_import_is_answered() {
		String path = "/api/v1/import-jobs";
		JsonNode noRows = assertProblem(this.manager.post(path, "{\"rows\": [], \"sip_trunk_id\": 1}"), 422,
				"validation_failed");
		assertThat(noRows.get("errors").get(0).get("field").asString()).isEqualTo("rows");
		JsonNode noTrunk = assertProblem(this.manager.post(path, "{\"rows\": [{\"phone_number\": \"+14155550131\"}]}"),
				422, "validation_failed");
		assertThat(noTrunk.get("errors").get(0).get("field").asString()).isEqualTo("sipTrunkId");
		JsonNode notAll = assertProblem(this.manager.post(path,
				"{\"rows\": [{\"phone_number\": \"+14155550131\"}, {\"phone_number\": \"x\"}], \"sip_trunk_id\": "
						+ this.trunk.id() + ", \"mode\": \"all_or_nothing\"}"),
				422, "validation_failed");
		assertThat(notAll.get("errors").get(0).get("field").asString()).isEqualTo("mode");
		JsonNode badAgent = assertProblem(
				this.manager
					.post(path,
							"{\"rows\": [{\"phone_number\": \"+14155550131\"}]," + " \"sip_trunk_id\": "
									+ this.trunk.id() + ", \"inbound_agents\": [{\"agent_id\": 999999999}]}"),
				422, "validation_failed");
		assertThat(badAgent.get("errors").get(0).get("field").asString()).isEqualTo("inbound");
		assertProblem(this.manager.post(path, "{\"rows\": [], \"sip_trunk_id\": 1, \"twilio_integration_id\": 2}"), 400,
				"carrier_ambiguous");
		assertProblem(this.manager.post(path, "{\"rows\": [], \"mode\": \"sometimes\"}"), 400, "malformed_json");
		assertProblem(this.manager.post(path, "{\"rows\": [], \"colour\": 1}"), 400, "unknown_field");
		assertProblem(this.manager.post(path + "?limit=0", "{\"rows\": []}"), 400, "invalid_limit");
		assertProblem(this.manager.post(path + "?status=fine", "{\"rows\": []}"), 400, "invalid_status");
		assertProblem(postCsv(this.manager, "?mode=sometimes", "number\n+14155550131\n"), 400, "invalid_mode");
		assertProblem(postCsv(this.manager, "?inbound_agents=seven", "number\n+14155550131\n"), 400, "invalid_agent");
		JsonNode noNumberColumn = assertProblem(
				postCsv(this.manager, "?sip_trunk_id=" + this.trunk.id(), "colour\nred\n"), 422, "validation_failed");
		assertThat(noNumberColumn.get("errors").get(0).get("field").asString()).isEqualTo("mapping");
		JsonNode empty = assertProblem(postCsv(this.manager, "", "  \n"), 422, "validation_failed");
		assertThat(empty.get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertProblem(postCsv(this.manager, "", "number\n" + "+14155550131\n".repeat(6000)), 413, "body_too_large");
		assertProblem(this.manager.send(this.manager.request(path)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("+14155550131"))), 415, "unsupported_media_type");
		assertThat(this.jdbc.queryForObject("select count(*) from import_batch where organization_id = ?", Long.class,
				this.org.id()))
			.isZero();
	}

	@Test
	void cancelling_a_finished_import_answers_where_it_is_and_reports_are_gone_after_thirty_days() {
		String first = startOne(this.manager, this.trunk.id(), "+14155550140");
		awaitFinished(this.manager, first);
		HttpResponse<String> cancelled = this.manager.post(first + "/cancel", "");
		assertThat(cancelled.statusCode()).isEqualTo(202);
		assertThat(ApiClient.json(cancelled).get("status").asString()).isEqualTo("done");
		assertThat(awaitFinished(this.manager, first).get("report_available").asBoolean()).isTrue();
		assertThat(this.manager.get(first + "/rows").statusCode()).isEqualTo(200);
		// reports are kept 30 days, then the clean-up deletes them
		ImportReports.cleanUpAsIf(this.context, Duration.ofDays(31));
		JsonNode kept = awaitFinished(this.manager, first);
		assertThat(kept.get("report_available").asBoolean()).isFalse();
		assertThat(kept.get("imported").asInt()).isEqualTo(1);
		assertProblem(this.manager.get(first + "/rows"), 410, "report_not_kept");
		assertProblem(this.manager.get(first + "/rows", "Accept: text/csv"), 410, "report_not_kept");
		assertProblem(this.manager.get("/api/v1/import-jobs/999999999"), 404, "not_found");
	}

	@Test
	void another_organizations_import_is_not_found_and_stays_unchanged() {
		Org other = this.accounts.newOrganization();
		TrunkSummary theirTrunk = this.fixtures.trunk(other, "Theirs", "their-password");
		ApiClient theirKey = new ApiClient(this.port, this.keys.create(other, Role.ADMIN).key());
		String theirs = startOne(theirKey, theirTrunk.id(), "+14155550151");
		awaitFinished(theirKey, theirs);
		assertProblem(this.manager.get(theirs), 404, "not_found");
		assertProblem(this.manager.get(theirs + "/rows"), 404, "not_found");
		assertProblem(this.manager.get(theirs + "/rows", "Accept: text/csv"), 404, "not_found");
		assertProblem(this.manager.post(theirs + "/cancel", ""), 404, "not_found");
		JsonNode onTheirTrunk = assertProblem(this.manager.post("/api/v1/import-jobs",
				"{\"rows\": [{\"phone_number\": \"+14155550152\"}], \"sip_trunk_id\": " + theirTrunk.id() + "}"), 422,
				"validation_failed");
		assertThat(onTheirTrunk.get("errors").get(0).get("field").asString()).isEqualTo("sipTrunkId");
		JsonNode unchanged = ApiClient.json(theirKey.get(theirs));
		assertThat(unchanged.get("status").asString()).isEqualTo("done");
		assertThat(unchanged.get("report_available").asBoolean()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				other.id()))
			.isEqualTo(1);
	}

	@Test
	void a_viewer_key_may_not_import_nor_follow_imports() {
		String mine = startOne(this.manager, this.trunk.id(), "+14155550161");
		awaitFinished(this.manager, mine);
		ApiClient viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
		assertProblem(viewer.post("/api/v1/import-jobs", threeRows(this.trunk.id())), 403, "forbidden");
		assertProblem(postCsv(viewer, "?sip_trunk_id=" + this.trunk.id(), "number\n+14155550162\n"), 403, "forbidden");
		assertProblem(viewer.post(mine + "/cancel", ""), 403, "forbidden");
		assertProblem(viewer.get(mine), 403, "forbidden");
		assertProblem(viewer.get(mine + "/rows"), 403, "forbidden");
		assertThat(this.jdbc.queryForObject("select count(*) from import_batch where organization_id = ?", Long.class,
				this.org.id()))
			.isEqualTo(1);
	}

	static String threeRows(long trunkId) {
		return "{\"rows\": [{\"phone_number\": \"+1 415 555 0101\", \"name\": \"Main line\"},"
				+ " {\"phone_number\": \"+1 415 555 0102\"}, {\"phone_number\": \"(415) 555-0103\"}],"
				+ " \"sip_trunk_id\": " + trunkId + ", \"mode\": \"ready_only\"}";
	}

	static String startOne(ApiClient client, long trunkId, String number) {
		HttpResponse<String> started = client.post("/api/v1/import-jobs",
				"{\"rows\": [{\"phone_number\": \"" + number + "\"}], \"sip_trunk_id\": " + trunkId + "}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return started.headers().firstValue("Location").orElseThrow();
	}

	static HttpResponse<String> postCsv(ApiClient client, String query, String csv) {
		return client.send(client.request("/api/v1/import-jobs" + query)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv)));
	}

	/** Polls the import as a client would, within the key's rate limit, until it ends. */
	static JsonNode awaitFinished(ApiClient client, String location) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> answer = client.get(location);
			if (answer.statusCode() == 200) {
				JsonNode job = ApiClient.json(answer);
				if (job.get("finished").asBoolean()) {
					return job;
				}
			}
			else if (answer.statusCode() != 429) {
				throw new AssertionError(answer.statusCode() + " " + answer.body());
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError(location + " did not finish");
	}

}
