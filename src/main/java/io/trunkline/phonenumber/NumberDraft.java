package io.trunkline.phonenumber;

/**
 * A number that passed {@link NumberChecker}: every column as it is stored, and its
 * checked agents. Every writer of numbers (the form's, the import's, the API's) stores
 * exactly this, so the same input gives the same row whichever way it came in.
 *
 * @param number the normalized number
 * @param displayName the name shown, the international form when none was given
 * @param searchName what the grid's text filter matches the name with
 * @param description free text, or {@code null}
 * @param active whether the number is in service
 * @param provider which of the two carrier references is set
 * @param sipTrunkId the SIP trunk for {@link Provider#SIP}
 * @param twilioIntegrationId the integration for {@link Provider#TWILIO}
 * @param supportsInbound whether it takes inbound calls
 * @param supportsOutbound whether it places outbound calls
 * @param inboundWebhookUrl an https URL, or {@code null}
 * @param allowedInboundCountries the stored country list, or {@code null} for all
 * @param allowedOutboundCountries the stored country list, or {@code null} for all
 * @param fallbackNumber E.164, or {@code null}
 * @param testCallDestination E.164, or {@code null}
 * @param inboundPin the PIN given, or {@code null} when none was given
 * @param inboundRoomPattern or {@code null}
 * @param bindings the checked agent lists of both directions
 */
public record NumberDraft(NormalizedNumber number, String displayName, String searchName, String description,
		boolean active, Provider provider, Long sipTrunkId, Long twilioIntegrationId, boolean supportsInbound,
		boolean supportsOutbound, String inboundWebhookUrl, String allowedInboundCountries,
		String allowedOutboundCountries, String fallbackNumber, String testCallDestination, String inboundPin,
		String inboundRoomPattern, NumberBindings bindings) {

	/** The same draft with another PIN, as an update that keeps the stored one needs. */
	NumberDraft withInboundPin(String pin) {
		return new NumberDraft(this.number, this.displayName, this.searchName, this.description, this.active,
				this.provider, this.sipTrunkId, this.twilioIntegrationId, this.supportsInbound, this.supportsOutbound,
				this.inboundWebhookUrl, this.allowedInboundCountries, this.allowedOutboundCountries,
				this.fallbackNumber, this.testCallDestination, pin, this.inboundRoomPattern, this.bindings);
	}

	/** The same draft with shared binding lists, so that many rows hold one copy. */
	public NumberDraft withBindings(NumberBindings shared) {
		return new NumberDraft(this.number, this.displayName, this.searchName, this.description, this.active,
				this.provider, this.sipTrunkId, this.twilioIntegrationId, this.supportsInbound, this.supportsOutbound,
				this.inboundWebhookUrl, this.allowedInboundCountries, this.allowedOutboundCountries,
				this.fallbackNumber, this.testCallDestination, this.inboundPin, this.inboundRoomPattern, shared);
	}

	@Override
	public String toString() {
		return "NumberDraft[number=" + this.number.e164() + "]";
	}

}
