package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.Transport;

/**
 * A SIP trunk as the API answers it: whether a password is set, never the password.
 */
@Schema(name = "SipTrunk")
record SipTrunkResponse(long id,
		@Schema(description = "Send it back as If-Match or 'version' to change the trunk") long version, String name,
		@Schema(example = "sip:pbx.example.com:5061") String terminationUri, Transport transport, String authUsername,
		boolean authPasswordSet, MediaEncryption mediaEncryption, boolean registrationEnabled, boolean supportsInbound,
		boolean supportsOutbound) {

	static SipTrunkResponse of(TrunkSummary trunk) {
		return new SipTrunkResponse(trunk.id(), trunk.version(), trunk.name(), trunk.terminationUri(),
				trunk.transport(), trunk.authUsername(), trunk.passwordSet(), trunk.mediaEncryption(),
				trunk.registrationEnabled(), trunk.supportsInbound(), trunk.supportsOutbound());
	}

}
