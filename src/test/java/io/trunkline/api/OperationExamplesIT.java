package io.trunkline.api;

import java.net.http.HttpResponse;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request examples the OpenAPI document shows for agents, trunks and import jobs are
 * accepted by the running server as they stand (the import's trunk id swapped for a real
 * one).
 */
@ApiTest
class OperationExamplesIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void the_documented_request_examples_of_agents_trunks_and_import_jobs_are_accepted() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Example", "pw");
		ApiClient admin = new ApiClient(this.port, this.keys.create(org, Role.ADMIN).key());
		JsonNode paths = ApiClient.json(admin.anonymous().get("/v3/api-docs")).get("paths");

		String agent = example(paths, "/api/v1/agents", "post", "application/json");
		HttpResponse<String> created = admin.post("/api/v1/agents", agent);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String tagPath = "/api/v1/agents/" + ApiClient.json(created).get("id").asLong();
		JsonNode published = ApiClient.json(admin.post(tagPath + "/versions", ""));
		String tag = example(paths, "/api/v1/agents/{id}/tags/{tag}", "put", "application/json");
		HttpResponse<String> tagged = admin.send(admin.request(tagPath + "/tags/prod")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + published.get("version").asLong() + "\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(tag)));
		assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);

		HttpResponse<String> trunkCreated = admin.post("/api/v1/sip-trunks",
				example(paths, "/api/v1/sip-trunks", "post", "application/json"));
		assertThat(trunkCreated.statusCode()).as(trunkCreated.body()).isEqualTo(201);
		HttpResponse<String> trunkRenamed = admin.patch("/api/v1/sip-trunks/" + ApiClient.json(trunkCreated).get("id"),
				example(paths, "/api/v1/sip-trunks/{id}", "patch", "application/json"),
				"If-Match: " + trunkCreated.headers().firstValue("ETag").orElseThrow());
		assertThat(trunkRenamed.statusCode()).as(trunkRenamed.body()).isEqualTo(200);

		String json = example(paths, "/api/v1/import-jobs", "post", "application/json")
			.replaceFirst("\"sip_trunk_id\":\\s*12", "\"sip_trunk_id\": " + trunk.id());
		HttpResponse<String> dryRun = admin.post("/api/v1/import-jobs", json);
		assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
		assertThat(ApiClient.json(dryRun).get("counts").get("ready").asInt()).isEqualTo(3);
		String csv = example(paths, "/api/v1/import-jobs", "post", "text/csv");
		HttpResponse<String> csvDryRun = ImportJobApiIT.postCsv(admin, "?dry_run=true&sip_trunk_id=" + trunk.id(), csv);
		assertThat(csvDryRun.statusCode()).as(csvDryRun.body()).isEqualTo(200);
		assertThat(ApiClient.json(csvDryRun).get("counts").get("ready").asInt()).isEqualTo(3);
	}

	private static String example(JsonNode paths, String path, String method, String mediaType) {
		JsonNode examples = paths.get(path)
			.get(method)
			.get("requestBody")
			.get("content")
			.get(mediaType)
			.get("examples");
		assertThat(examples).as(path + " " + method + " " + mediaType).isNotNull();
		JsonNode value = examples.values().iterator().next().get("value");
		return value.isString() ? value.asString() : value.toString();
	}

}
