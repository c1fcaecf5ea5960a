package io.trunkline.api.compat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * SigmaMind's import request as its page documents it (for the OpenAPI document; the body
 * is read field by field by {@link SigmaMindController}).
 */
@Schema(name = "SigmaMindImportPhoneNumberRequest",
		requiredProperties = { "phoneNumber", "trunkUsername", "trunkPassword", "terminationSipURI" })
record SigmaMindRequest(
		@JsonProperty("friendlyName") @Schema(maxLength = 128, example = "BYO - Main Office Line",
				description = "The number itself when omitted") String friendlyName,
		@JsonProperty("phoneNumber") @Schema(pattern = "^\\+[1-9][0-9]{6,14}$",
				example = "+14155552671") String phoneNumber,
		@JsonProperty("inboundAgentId") @Schema(maxLength = 64, example = "awTw7UKhOsLGiDbt",
				description = "An agent's external id") String inboundAgentId,
		@JsonProperty("outboundAgentId") @Schema(maxLength = 64, example = "awTw7UKhOsLGiDbt",
				description = "An agent's external id") String outboundAgentId,
		@JsonProperty("trunkUsername") @Schema(maxLength = 128, example = "my_trunk_user") String trunkUsername,
		@JsonProperty("trunkPassword") @Schema(maxLength = 128, description = "Write-only") String trunkPassword,
		@JsonProperty("terminationSipURI") @Schema(maxLength = 253,
				example = "sip.telnyx.com") String terminationSipURI,
		@JsonProperty("outboundPhoneNumber") @Schema(pattern = "^\\+[1-9][0-9]{6,14}$", example = "+14155552671",
				description = "The default test-call destination") String outboundPhoneNumber) {

}
