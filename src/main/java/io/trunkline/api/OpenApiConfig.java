package io.trunkline.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}):
 * the key as a bearer token or an {@code X-API-Key} header, and schemas named in
 * snake_case as the API's JSON is ({@link ApiJson}).
 */
@Configuration
class OpenApiConfig {

	static final String BEARER = "bearer";

	static final String HEADER = "api_key_header";

	@Bean
	OpenAPI trunklineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Trunkline API")
				.version("v1")
				.description("Numbers, SIP trunks and agents of one organization. Authenticate with an API key "
						+ "that an admin creates in the console (API keys), as 'Authorization: Bearer <key>' or "
						+ "'X-API-Key: <key>'. Errors are RFC 9457 problem details with a stable 'code'."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("tlk_..."))
				.addSecuritySchemes(HEADER,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name(ApiKeyFilter.API_KEY_HEADER)))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.addSecurityItem(new SecurityRequirement().addList(HEADER));
	}

	/**
	 * The native API as a group of its own, the one Swagger UI opens with, beside the
	 * migration endpoints' groups ({@code api.compat}).
	 */
	@Bean
	GroupedOpenApi nativeApiGroup() {
		return GroupedOpenApi.builder().group("v1").displayName("Trunkline API v1").pathsToMatch("/api/v1/**").build();
	}

	/** Schemas with the names the API's JSON has. */
	@Bean
	ModelResolver snakeCaseModelResolver() {
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

}
