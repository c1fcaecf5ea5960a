package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.TwilioSummary;

/**
 * A Twilio integration as the API answers it: whether a token is set, never the token.
 */
@Schema(name = "TwilioIntegration")
record TwilioIntegrationResponse(long id,
		@Schema(description = "Send it back as If-Match or 'version' to change the integration") long version,
		@Schema(example = "Twilio US") String name,
		@Schema(example = "AC0123456789abcdef0123456789abcdef") String accountSid, boolean authTokenSet) {

	static TwilioIntegrationResponse of(TwilioSummary integration) {
		return new TwilioIntegrationResponse(integration.id(), integration.version(), integration.name(),
				integration.accountSid(), integration.tokenSet());
	}

}
