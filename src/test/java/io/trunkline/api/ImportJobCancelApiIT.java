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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/import-jobs/{id}/cancel} of an import that is still running: it
 * stops, what it committed stays, and the rest is never written. The CSV holds four of
 * the run's chunks (5,000 rows each), so the import is still at work when the cancel
 * arrives; the import's request body limit is raised for it.
 */
@ApiTest
@TestPropertySource(properties = "trunkline.api.import-max-body-bytes=524288")
class ImportJobCancelApiIT {

	private static final int ROWS = 20_000;

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

	@Test
	void cancelling_a_running_import_stops_it_and_keeps_what_it_committed() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Carrier", "pw");
		ApiClient manager = new ApiClient(this.port, this.keys.create(org, Role.AGENT_MANAGER).key());
		StringBuilder csv = new StringBuilder("number\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("+1646").append(2_000_000 + i).append('\n');
		}
		HttpResponse<String> started = ImportJobApiIT.postCsv(manager, "?sip_trunk_id=" + trunk.id(), csv.toString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> cancelled = manager.post(location + "/cancel", "");
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(ApiClient.json(cancelled).get("status").asString()).isIn("waiting", "running", "cancelled");

		JsonNode job = ImportJobApiIT.awaitFinished(manager, location);
		assertThat(job.get("status").asString()).isEqualTo("cancelled");
		assertThat(job.get("to_import").asInt()).isEqualTo(ROWS);
		int imported = job.get("imported").asInt();
		assertThat(imported).isLessThan(ROWS);
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				org.id()))
			.isEqualTo(imported);
		assertThat(ApiClient.json(manager.get(location + "/rows?status=imported&limit=1000")).get("data"))
			.hasSize(Math.min(imported, 1000));
	}

}
