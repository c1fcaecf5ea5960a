package io.trunkline.trunk;

/**
 * A Twilio integration as the console shows it: whether a token is set, never the token.
 */
public record TwilioSummary(long id, long version, String name, String accountSid,
		boolean tokenSet) implements CarrierSummary {

	static TwilioSummary of(TwilioIntegration integration) {
		return new TwilioSummary(integration.getId(), integration.getVersion(), integration.name,
				integration.accountSid, integration.encryptedToken != null);
	}

}
