package io.trunkline.api.compat;

import java.time.Instant;

import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.Provider;

/** The Twilio/LiveKit platform's answer, filled from what was stored. */
record LiveKitResponse(boolean success, String message, Data data) {

	static final String NUMBER_PREFIX = "phon_";

	static final String INTEGRATION_PREFIX = "intg_";

	static LiveKitResponse of(PhoneNumberDetails number) {
		String provider = (number.provider() == Provider.TWILIO) ? "twilio" : "sip";
		return new LiveKitResponse(true, "Phone number imported successfully with " + provider,
				new Data(NUMBER_PREFIX + number.id(), number.number(), provider, "free", number.supportsInbound(),
						number.supportsOutbound(), (number.twilioIntegrationId() != null)
								? INTEGRATION_PREFIX + number.twilioIntegrationId() : null,
						number.createdAt(), number.updatedAt()));
	}

	record Data(String phoneNumberId, String phoneNumber, String provider, String status, boolean supportsInbound,
			boolean supportsOutbound, String integrationId, Instant createdAt, Instant updatedAt) {

	}

}
