package io.trunkline.api.compat;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The Twilio/LiveKit platform's import request as its page documents it (for the OpenAPI
 * document; the body is read field by field by {@link LiveKitController}).
 */
@Schema(name = "LiveKitImportPhoneNumberRequest", requiredProperties = { "phone_number", "provider" })
record LiveKitRequest(@Schema(example = "+15551234567") String phoneNumber, @Schema(allowableValues = {
		"twilio", "sip" }) String provider, @Schema(defaultValue = "false") Boolean supportsInbound,
		@Schema(defaultValue = "false") Boolean supportsOutbound,
		@Schema(description = "Twilio only, required: intg_<id> of a Twilio integration") String integrationId,
		@Schema(description = "SIP only") String sipTrunkName, String sipUsername,
		@Schema(description = "Write-only") String sipPassword,
		@Schema(description = "SIP only, required") String sipServerAddress, String inboundRoomName,
		@Schema(description = "4 to 10 digits") String inboundPin,
		@Schema(allowableValues = { "disable", "allow", "require" }, defaultValue = "allow") String mediaEncryption){

}
