package io.trunkline.api.compat;

import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One OpenAPI group per platform ({@code /v3/api-docs/compat-<platform>}, a choice in
 * Swagger UI's list), each with only that platform's path.
 */
@Configuration
class CompatOpenApi {

	@Bean
	GroupedOpenApi smallestGroup() {
		return group("smallest", "Smallest AI Atoms", SmallestController.BASE);
	}

	@Bean
	GroupedOpenApi retellGroup() {
		return group("retell", "Retell AI", RetellController.BASE);
	}

	@Bean
	GroupedOpenApi liveKitGroup() {
		return group("livekit", "the Twilio/LiveKit platform", LiveKitController.BASE);
	}

	@Bean
	GroupedOpenApi dashaGroup() {
		return group("dasha", "Dasha", DashaController.BASE);
	}

	@Bean
	GroupedOpenApi sigmaMindGroup() {
		return group("sigmamind", "SigmaMind", SigmaMindController.BASE);
	}

	private static GroupedOpenApi group(String name, String platform, String base) {
		return GroupedOpenApi.builder()
			.group("compat-" + name)
			.displayName("Migration: " + platform)
			.pathsToMatch(base + "/**")
			.build();
	}

}
