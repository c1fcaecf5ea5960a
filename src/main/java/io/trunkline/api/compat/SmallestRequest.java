package io.trunkline.api.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Smallest AI Atoms' import request, as its page documents it (for the OpenAPI document;
 * the body itself is read field by field by {@link SmallestController}).
 */
@Schema(name = "SmallestImportRequest", requiredProperties = { "phoneNumber", "sipTerminationUrl" })
record SmallestRequest(
		@JsonProperty("phoneNumber") @Schema(example = "+14155551234",
				description = "Any non-empty string; kept as a pseudo number unless valid E.164") String phoneNumber,
		@JsonProperty("sipTerminationUrl") @Schema(example = "sip:trunk.your-provider.com") String sipTerminationUrl,
		@JsonProperty("name") @Schema(description = "Generated from the number and the key id when absent") String name,
		@JsonProperty("sipUsername") String sipUsername,
		@JsonProperty("sipPassword") @Schema(description = "Write-only") String sipPassword) {

}
