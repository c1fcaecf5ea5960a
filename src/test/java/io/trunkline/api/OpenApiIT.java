package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document and Swagger UI, without signing in: every operation the
 * controllers serve, the key as security scheme, snake_case schemas.
 */
@ApiTest
class OpenApiIT {

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void the_document_lists_every_api_operation_the_controllers_serve() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPathPatternsCondition()
				.getPatternValues()
				.stream()
				.filter((path) -> path.startsWith("/api/v1/"))
				.forEach((path) -> info.getMethodsCondition()
					.getMethods()
					.forEach((method) -> served.add(method.name().toLowerCase() + " " + path))));
		JsonNode paths = document().get("paths");
		Set<String> documented = new TreeSet<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> documented.add(operation.getKey() + " " + path.getKey())));
		assertThat(served).contains("get /api/v1/sip-trunks", "post /api/v1/sip-trunks", "get /api/v1/phone-numbers");
		assertThat(documented).isEqualTo(served);
	}

	@Test
	void the_key_is_a_bearer_token_or_an_x_api_key_header_and_fields_are_snake_case() {
		JsonNode document = document();
		JsonNode schemes = document.get("components").get("securitySchemes");
		assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.get("api_key_header").get("name").asString()).isEqualTo("X-API-Key");
		JsonNode trunk = document.get("components").get("schemas").get("SipTrunk").get("properties");
		assertThat(trunk.has("auth_password_set")).isTrue();
		assertThat(trunk.has("termination_uri")).isTrue();
		assertThat(trunk.has("authPasswordSet")).isFalse();
	}

	@Test
	void swagger_ui_opens_without_signing_in_with_a_policy_that_lets_it_run() {
		ApiClient anonymous = new ApiClient(this.port, null);
		HttpResponse<String> redirect = anonymous.get("/swagger-ui.html");
		assertThat(redirect.statusCode()).isEqualTo(302);
		HttpResponse<String> page = anonymous.get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue(ApiSecurityConfig.DOCS_CONTENT_SECURITY_POLICY);
		assertThat(anonymous.get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
		assertThat(anonymous.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
	}

	private JsonNode document() {
		HttpResponse<String> answer = new ApiClient(this.port, null).get("/v3/api-docs/v1");
		assertThat(answer.statusCode()).isEqualTo(200);
		return ApiClient.json(answer);
	}

}
