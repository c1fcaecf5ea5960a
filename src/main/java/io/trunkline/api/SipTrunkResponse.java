package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthView;

/**
 * A SIP trunk as the API answers it: whether a password is set, never the password; the
 * result of its last check and of its registration.
 */
@Schema(name = "SipTrunk")
record SipTrunkResponse(long id,
		@Schema(description = "Send it back as If-Match or 'version' to change the trunk") long version, String name,
		@Schema(example = "sip:pbx.example.com:5061") String terminationUri, Transport transport, String authUsername,
		boolean authPasswordSet, MediaEncryption mediaEncryption, boolean registrationEnabled, boolean supportsInbound,
		boolean supportsOutbound, @Schema(description = "The last SIP OPTIONS check") SipTrunkHealth health,
		@Schema(description = "The registration, when registration_enabled: the last credentials check with a"
				+ " REGISTER that adds no binding") SipTrunkRegistration registration) {

	static SipTrunkResponse of(TrunkSummary trunk, TrunkHealthView health, RegistrationView registration) {
		return new SipTrunkResponse(trunk.id(), trunk.version(), trunk.name(), trunk.terminationUri(),
				trunk.transport(), trunk.authUsername(), trunk.passwordSet(), trunk.mediaEncryption(),
				trunk.registrationEnabled(), trunk.supportsInbound(), trunk.supportsOutbound(),
				SipTrunkHealth.of(health),
				trunk.registrationEnabled() ? SipTrunkRegistration.of(registration) : SipTrunkRegistration.DISABLED);
	}

}
