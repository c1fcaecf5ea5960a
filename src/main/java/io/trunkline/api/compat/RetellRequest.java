package io.trunkline.api.compat;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Retell AI's import request as its page documents it (for the OpenAPI document; the body
 * is read field by field by {@link RetellController}).
 */
@Schema(name = "RetellImportPhoneNumberRequest", requiredProperties = { "phone_number", "termination_uri" })
record RetellRequest(@Schema(example = "+14157774444") String phoneNumber, @Schema(
		description = "Boolean literal; true (the default) keeps a number that is not E.164 as a pseudo number") Boolean ignoreE164Validation,
		@Schema(example = "someuri.pstn.twilio.com") String terminationUri, String sipTrunkAuthUsername,
		@Schema(description = "Write-only") String sipTrunkAuthPassword, List<AgentWeight> inboundAgents,
		List<AgentWeight> outboundAgents, String nickname, String inboundWebhookUrl,
		List<String> allowedInboundCountryList, List<String> allowedOutboundCountryList, @Schema(allowableValues = {
				"TLS", "TCP", "UDP" }, defaultValue = "TCP") String transport){

	@Schema(name = "RetellAgentWeight", requiredProperties = { "agent_id", "weight" })
	record AgentWeight(@Schema(description = "An agent's external id") String agentId,
			@Schema(description = "A version number or a tag", oneOf = {
					Integer.class, String.class }) Object agentVersion,
			@Schema(description = "Above 0, at most 1; a list's weights add up to 1") BigDecimal weight){

	}

}
