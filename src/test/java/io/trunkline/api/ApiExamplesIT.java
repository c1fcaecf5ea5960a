package io.trunkline.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation on numbers and Twilio integrations documents a request example,
 * and the running server reads each one: sent with a viewer key it gets past the body's
 * parsing (no 400) to the role check or the id lookup.
 */
@ApiTest
class ApiExamplesIT {

	private static final List<String> PATHS = List.of("/api/v1/phone-numbers", "/api/v1/twilio-integrations",
			"/api/v1/sip-trunks");

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Test
	void each_write_has_an_example_the_server_reads() {
		ApiClient viewer = new ApiClient(this.port,
				this.keys.create(this.accounts.newOrganization(), Role.VIEWER).key());
		JsonNode paths = ApiClient.json(viewer.anonymous().get("/v3/api-docs")).get("paths");
		List<String> checked = new ArrayList<>();
		paths.properties().forEach((path) -> {
			if (PATHS.stream().noneMatch(path.getKey()::startsWith)) {
				return;
			}
			path.getValue().properties().forEach((operation) -> {
				if (operation.getKey().equals("get") || operation.getKey().equals("delete")
						|| !operation.getValue().has("requestBody")) {
					return;
				}
				JsonNode examples = operation.getValue().at("/requestBody/content/application~1json/examples");
				assertThat(examples.isObject() && !examples.isEmpty()).as(operation.getKey() + " " + path.getKey())
					.isTrue();
				String url = path.getKey().replace("{id}", "999999999").replace("{direction}", "inbound");
				for (JsonNode example : examples.valueStream().toList()) {
					HttpResponse<String> answer = viewer.send(viewer.request(url)
						.header("Content-Type", "application/json")
						.method(operation.getKey().toUpperCase(Locale.ROOT),
								HttpRequest.BodyPublishers.ofString(body(example.get("value")))));
					assertThat(answer.statusCode()).as(url + " " + answer.body()).isIn(403, 404);
					checked.add(operation.getKey() + " " + path.getKey());
				}
			});
		});
		assertThat(checked).contains("post /api/v1/phone-numbers", "patch /api/v1/phone-numbers/{id}",
				"put /api/v1/phone-numbers/{id}/bindings/{direction}", "post /api/v1/phone-numbers/bulk/bind",
				"post /api/v1/twilio-integrations", "post /api/v1/sip-trunks", "patch /api/v1/sip-trunks/{id}");
	}

	/** springdoc answers a JSON example as the JSON itself, anything else as text. */
	private static String body(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

}
