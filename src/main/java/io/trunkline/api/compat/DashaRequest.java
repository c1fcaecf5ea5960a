package io.trunkline.api.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Dasha's phone number configuration as its page documents it (for the OpenAPI document;
 * the body is read field by field by {@link DashaController}).
 */
@Schema(name = "DashaSipPhoneNumberRequest", requiredProperties = { "phoneNumber", "credentialsId" })
record DashaRequest(@JsonProperty("phoneNumber") @Schema(minLength = 1, maxLength = 255,
		description = "Kept as a pseudo number unless valid E.164; Trunkline stores at most 64 characters") String phoneNumber,
		@JsonProperty("credentialsId") @Schema(format = "uuid", example = "00000000-0000-0000-0000-000000000042",
				description = "A SIP trunk of the organization: its id as the last group of the nil UUID") String credentialsId,
		@JsonProperty("displayName") @Schema(maxLength = 255, nullable = true,
				description = "Trunkline keeps at most 128 characters") String displayName,
		@JsonProperty("description") @Schema(maxLength = 255, nullable = true) String description,
		@JsonProperty("registration") @Schema(defaultValue = "false",
				description = "Boolean literal; must be the trunk's registration setting") Boolean registration) {

}
