package io.trunkline.api;

import java.util.List;

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

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/phone-numbers}: the grid's filters, cursor pages that numbers added
 * meanwhile do not shift, one number, and nothing of another organization.
 */
@ApiTest
class PhoneNumberApiIT {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private NumberFixtures fixtures;

	private Org org;

	private TrunkSummary trunk;

	private ApiClient viewer;

	@BeforeEach
	void numbers() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
		for (String number : List.of("+14155550101", "+14155550102", "+14155550103", "+14155550104")) {
			this.fixtures.number(this.org, this.trunk, number);
		}
		this.viewer = new ApiClient(this.port, this.keys.create(this.org, Role.VIEWER).key());
	}

	@Test
	void cursor_pages_are_stable_while_numbers_are_added() {
		JsonNode first = ApiClient.json(this.viewer.get("/api/v1/phone-numbers?limit=2"));
		assertThat(numbers(first)).containsExactly("+14155550101", "+14155550102");
		this.fixtures.number(this.org, this.trunk, "+14155550105");
		JsonNode second = ApiClient
			.json(this.viewer.get("/api/v1/phone-numbers?limit=2&cursor=" + first.get("next_cursor").asString()));
		assertThat(numbers(second)).containsExactly("+14155550103", "+14155550104");
		JsonNode last = ApiClient
			.json(this.viewer.get("/api/v1/phone-numbers?limit=2&cursor=" + second.get("next_cursor").asString()));
		assertThat(numbers(last)).containsExactly("+14155550105");
		assertThat(last.get("next_cursor").isNull()).isTrue();
	}

	@Test
	void the_grids_filters_apply() {
		TrunkSummary other = this.fixtures.trunk(this.org, "Other", "pw");
		this.fixtures.number(this.org, other, "+14155550199");
		assertThat(numbers(ApiClient.json(this.viewer.get("/api/v1/phone-numbers?sip_trunk_id=" + other.id()))))
			.containsExactly("+14155550199");
		assertThat(numbers(ApiClient.json(this.viewer.get("/api/v1/phone-numbers?text=550103"))))
			.containsExactly("+14155550103");
		assertThat(numbers(ApiClient.json(this.viewer.get("/api/v1/phone-numbers?active=false")))).isEmpty();
		JsonNode row = ApiClient.json(this.viewer.get("/api/v1/phone-numbers?text=550101")).get("data").get(0);
		assertThat(row.get("sip_trunk_name").asString()).isEqualTo("Main");
		assertThat(row.get("international").asString()).isEqualTo("+1 415-555-0101");
	}

	@Test
	void limits_and_cursors_the_api_did_not_give_are_400() {
		assertProblem(this.viewer.get("/api/v1/phone-numbers?limit=0"), 400, "invalid_limit");
		assertProblem(this.viewer.get("/api/v1/phone-numbers?limit=1001"), 400, "invalid_limit");
		assertThat(this.viewer.get("/api/v1/phone-numbers?limit=1000").statusCode()).isEqualTo(200);
		assertProblem(this.viewer.get("/api/v1/phone-numbers?cursor=bm9wZQ"), 400, "invalid_cursor");
	}

	@Test
	void one_number_with_its_version_as_etag() {
		long id = ApiClient.json(this.viewer.get("/api/v1/phone-numbers?limit=1"))
			.get("data")
			.get(0)
			.get("id")
			.asLong();
		var answer = this.viewer.get("/api/v1/phone-numbers/" + id);
		JsonNode number = ApiClient.json(answer);
		assertThat(number.get("number").asString()).isEqualTo("+14155550101");
		assertThat(number.get("sip_trunk_id").asLong()).isEqualTo(this.trunk.id());
		assertThat(number.has("inbound_pin")).isFalse();
		assertThat(number.get("inbound_pin_set").asBoolean()).isFalse();
		assertThat(answer.headers().firstValue("ETag")).hasValue("\"" + number.get("version").asLong() + "\"");
	}

	@Test
	void another_organizations_numbers_are_neither_listed_nor_found() {
		Org other = this.accounts.newOrganization();
		long theirs = this.fixtures.number(other, this.fixtures.trunk(other, "T", "pw"), "+14155550177").id();
		assertProblem(this.viewer.get("/api/v1/phone-numbers/" + theirs), 404, "not_found");
		assertThat(numbers(ApiClient.json(this.viewer.get("/api/v1/phone-numbers?limit=1000"))))
			.doesNotContain("+14155550177")
			.hasSize(4);
	}

	private static List<String> numbers(JsonNode page) {
		return page.get("data").valueStream().map((row) -> row.get("number").asString()).toList();
	}

}
