package io.trunkline.api.compat;

import java.net.http.HttpResponse;

import io.trunkline.api.ApiClient;
import io.trunkline.api.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Each platform's group in the OpenAPI document holds its one path, in its names. */
@ApiTest
class CompatOpenApiIT {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({
			"compat-smallest, /api/compat/smallest/product/import-phone-number, SmallestImportRequest, sipTerminationUrl",
			"compat-retell, /api/compat/retell/import-phone-number, RetellImportPhoneNumberRequest, termination_uri",
			"compat-livekit, /api/compat/livekit/api/phone-numbers, LiveKitImportPhoneNumberRequest, sip_server_address",
			"compat-dasha, /api/compat/dasha/api/v1/sip-phone-numbers, DashaSipPhoneNumberRequest, credentialsId",
			"compat-sigmamind, /api/compat/sigmamind/v1/phone-numbers/import, SigmaMindImportPhoneNumberRequest, terminationSipURI" })
	void each_platform_has_a_group_with_its_path_and_request_fields(String group, String path, String schema,
			String field) {
		HttpResponse<String> answer = new ApiClient(this.port, null).get("/v3/api-docs/" + group);

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode document = ApiClient.json(answer);
		assertThat(document.get("paths").propertyNames()).containsExactly(path);
		assertThat(document.get("paths").get(path).has("post")).isTrue();
		assertThat(document.get("components").get("schemas").get(schema).get("properties").has(field)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "/v3/api-docs/v1" })
	void the_native_document_keeps_its_title_and_only_v1_paths(String url) {
		JsonNode document = ApiClient.json(new ApiClient(this.port, null).get(url));

		assertThat(document.get("info").get("title").asString()).isEqualTo("Trunkline API");
		assertThat(document.get("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/v1/"));
	}

}
