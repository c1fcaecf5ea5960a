package io.trunkline.api;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.LineType;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.Provider;

/**
 * One number with its settings. The inbound PIN is write-only here as a password is: the
 * answer says only whether one is set.
 */
@Schema(name = "PhoneNumber")
record PhoneNumberResponse(long id, long version,
		@Schema(description = "The version of its agent lists, for the bindings") long bindingsVersion,
		@Schema(example = "+14155552671") String number, String international, boolean pseudo, String displayName,
		String description, String region, LineType lineType, boolean active, Provider provider, Long sipTrunkId,
		Long twilioIntegrationId, boolean supportsInbound, boolean supportsOutbound, String inboundWebhookUrl,
		Set<String> allowedInboundCountries, Set<String> allowedOutboundCountries, String fallbackNumber,
		String testCallDestination, boolean inboundPinSet, String inboundRoomPattern, Instant createdAt,
		Instant updatedAt) {

	static PhoneNumberResponse of(PhoneNumberDetails d) {
		return new PhoneNumberResponse(d.id(), d.version(), d.bindingsVersion(), d.number(), d.international(),
				d.pseudo(), d.displayName(), d.description(), d.region(), d.lineType(), d.active(), d.provider(),
				d.sipTrunkId(), d.twilioIntegrationId(), d.supportsInbound(), d.supportsOutbound(),
				d.inboundWebhookUrl(), d.allowedInboundCountries(), d.allowedOutboundCountries(), d.fallbackNumber(),
				d.testCallDestination(), d.inboundPinSet(), d.inboundRoomPattern(), d.createdAt(), d.updatedAt());
	}

}
