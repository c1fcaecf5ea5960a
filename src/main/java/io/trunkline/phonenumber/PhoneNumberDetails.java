package io.trunkline.phonenumber;

import java.time.Instant;

/**
 * A stored number for the edit form: what it was normalized to, and the command that
 * would save it unchanged, with the version it was read at.
 */
public record PhoneNumberDetails(long id, long version, String number, String international, String region,
		LineType lineType, Instant createdAt, Instant updatedAt, PhoneNumberCommand command) {

	static PhoneNumberDetails of(PhoneNumber entity, NumberBindings bindings) {
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(entity.number);
		command.setPseudo(entity.pseudo);
		command.setDisplayName(entity.displayName);
		command.setDescription(nullToEmpty(entity.description));
		command.setActive(entity.active);
		command.setProvider(entity.provider);
		command.setSipTrunkId((entity.sipTrunk != null) ? entity.sipTrunk.getId() : null);
		command.setTwilioIntegrationId((entity.twilioIntegration != null) ? entity.twilioIntegration.getId() : null);
		command.setSupportsInbound(entity.supportsInbound);
		command.setSupportsOutbound(entity.supportsOutbound);
		command.setInboundWebhookUrl(nullToEmpty(entity.inboundWebhookUrl));
		command.setAllowedInboundCountries(CountryList.fromColumn(entity.allowedInboundCountries));
		command.setAllowedOutboundCountries(CountryList.fromColumn(entity.allowedOutboundCountries));
		command.setFallbackNumber(nullToEmpty(entity.fallbackNumber));
		command.setTestCallDestination(nullToEmpty(entity.testCallDestination));
		command.setInboundPin(nullToEmpty(entity.inboundPin));
		command.setInboundRoomPattern(nullToEmpty(entity.inboundRoomPattern));
		command.setInboundAgents(bindings.inbound());
		command.setOutboundAgents(bindings.outbound());
		command.setBindingsStamp(bindings.stamp());
		return new PhoneNumberDetails(entity.getId(), entity.getVersion(), entity.number,
				Display.international(entity.number, entity.pseudo), entity.region, entity.lineType, entity.createdAt,
				entity.updatedAt, command);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
