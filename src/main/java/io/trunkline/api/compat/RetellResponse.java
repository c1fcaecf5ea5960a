package io.trunkline.api.compat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.TrunkSummary;

/** Retell AI's {@code PhoneNumberResponse}, filled from what was stored. */
record RetellResponse(String phoneNumber, String phoneNumberType, String phoneNumberPretty,
		List<String> allowedInboundCountryList, List<String> allowedOutboundCountryList,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer areaCode, List<AgentWeight> inboundAgents,
		List<AgentWeight> outboundAgents, List<AgentWeight> inboundSmsAgents, List<AgentWeight> outboundSmsAgents,
		String nickname, String inboundWebhookUrl, String inboundSmsWebhookUrl, long lastModificationTimestamp,
		TrunkConfig sipOutboundTrunkConfig, String fallbackNumber) {

	static RetellResponse of(PhoneNumberDetails number, TrunkSummary trunk, Map<Long, String> externalIds) {
		return new RetellResponse(number.number(), "custom", number.international(),
				countries(number.allowedInboundCountries()), countries(number.allowedOutboundCountries()),
				areaCode(number), agents(number.bindings().inbound(), externalIds),
				agents(number.bindings().outbound(), externalIds), null, null, number.displayName(),
				number.inboundWebhookUrl(), null, number.updatedAt().toEpochMilli(),
				new TrunkConfig(trunk.terminationUri(), trunk.authUsername(), trunk.transport().name()),
				number.fallbackNumber());
	}

	record AgentWeight(String agentId, Object agentVersion, BigDecimal weight) {

	}

	record TrunkConfig(String terminationUri, String authUsername, String transport) {

	}

	private static List<String> countries(Set<String> countries) {
		return (countries == null || countries.isEmpty()) ? null : List.copyOf(countries);
	}

	/** The three digits after +1 of a North American number; Retell has no other. */
	private static Integer areaCode(PhoneNumberDetails number) {
		String e164 = number.number();
		return (!number.pseudo() && e164.startsWith("+1") && e164.length() == 12)
				? Integer.valueOf(e164.substring(2, 5)) : null;
	}

	private static List<AgentWeight> agents(List<BindingLine> lines, Map<Long, String> externalIds) {
		if (lines.isEmpty()) {
			return null;
		}
		return lines.stream()
			.map((line) -> new AgentWeight(externalIds.get(line.agentId()), version(line.versionRef()),
					BigDecimal.valueOf(line.weightBp()).divide(BigDecimal.valueOf(Weights.WHOLE)).stripTrailingZeros()))
			.toList();
	}

	private static Object version(String ref) {
		return (ref != null && ref.chars().allMatch(Character::isDigit) && !ref.isEmpty()) ? Integer.valueOf(ref) : ref;
	}

}
