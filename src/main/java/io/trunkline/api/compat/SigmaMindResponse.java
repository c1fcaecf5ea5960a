package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.base.Texts;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.TrunkSummary;

/** SigmaMind's 201 answer, filled from what was stored; never the trunk password. */
@Schema(name = "SigmaMindPhoneNumber")
record SigmaMindResponse(@JsonProperty("sipPhoneNumber") String sipPhoneNumber,
		@JsonProperty("inboundAgentId") String inboundAgentId, @JsonProperty("outboundAgentId") String outboundAgentId,
		@JsonProperty("outboundPhoneNumber") String outboundPhoneNumber, @JsonProperty("active") boolean active,
		@JsonProperty("terminationSipURI") String terminationSipURI,
		@JsonProperty("friendlyName") String friendlyName) {

	static SigmaMindResponse of(PhoneNumberDetails number, TrunkSummary trunk, Map<Long, String> externalIds) {
		return new SigmaMindResponse(number.number(), first(number.bindings().inbound(), externalIds),
				first(number.bindings().outbound(), externalIds), Texts.blankToNull(number.testCallDestination()),
				number.active(), trunk.terminationUri(), number.displayName());
	}

	private static String first(List<BindingLine> lines, Map<Long, String> externalIds) {
		return lines.isEmpty() ? null : externalIds.get(lines.get(0).agentId());
	}

}
