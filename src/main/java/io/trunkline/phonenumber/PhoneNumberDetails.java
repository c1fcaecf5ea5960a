package io.trunkline.phonenumber;

import java.time.Instant;
import java.util.Set;

/**
 * A stored number as it is read (the form's, the API's): what it was normalized to, every
 * field, its agents, and the two versions an update must carry. The inbound PIN is a
 * secret and only said to be set or not. To change the number, start from
 * {@link PhoneNumberEdit#of(PhoneNumberDetails)}.
 *
 * @param version the number's version, for {@code update}
 * @param bindingsVersion the version of its agent lists, which bulk bindings change too
 * @param bindingsChangedAt when its agent lists last changed; {@code null} if it never
 * had agents
 */
public record PhoneNumberDetails(long id, long version, long bindingsVersion, String number, String international,
		boolean pseudo, String region, LineType lineType, String displayName, String description, boolean active,
		Provider provider, Long sipTrunkId, Long twilioIntegrationId, boolean supportsInbound, boolean supportsOutbound,
		String inboundWebhookUrl, Set<String> allowedInboundCountries, Set<String> allowedOutboundCountries,
		String fallbackNumber, String testCallDestination, boolean inboundPinSet, String inboundRoomPattern,
		NumberBindings bindings, Instant createdAt, Instant updatedAt, Instant bindingsChangedAt) {

	static PhoneNumberDetails of(PhoneNumber entity, NumberBindings bindings) {
		return new PhoneNumberDetails(entity.getId(), entity.getVersion(), entity.bindingsVersion, entity.number,
				Display.international(entity.number, entity.pseudo), entity.pseudo, entity.region, entity.lineType,
				entity.displayName, entity.description, entity.active, entity.provider,
				(entity.sipTrunk != null) ? entity.sipTrunk.getId() : null,
				(entity.twilioIntegration != null) ? entity.twilioIntegration.getId() : null, entity.supportsInbound,
				entity.supportsOutbound, entity.inboundWebhookUrl,
				CountryList.fromColumn(entity.allowedInboundCountries),
				CountryList.fromColumn(entity.allowedOutboundCountries), entity.fallbackNumber,
				entity.testCallDestination, entity.inboundPin != null, entity.inboundRoomPattern, bindings,
				entity.createdAt, entity.updatedAt, entity.bindingsChangedAt);
	}

	@Override
	public String toString() {
		return "PhoneNumberDetails[id=" + this.id + ", number=" + this.number + "]";
	}

}
