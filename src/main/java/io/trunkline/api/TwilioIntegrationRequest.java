package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.TwilioCommand;

/**
 * A Twilio integration to create, or the fields of one to change (PATCH: a missing or
 * null field keeps its value). The auth token is write-only; an empty one keeps the
 * stored one.
 */
@Schema(name = "TwilioIntegrationRequest")
record TwilioIntegrationRequest(@Schema(example = "Twilio US") String name,
		@Schema(example = "AC0123456789abcdef0123456789abcdef") String accountSid,
		@Schema(description = "Write-only; answers only say auth_token_set",
				accessMode = Schema.AccessMode.WRITE_ONLY) String authToken,
		@Schema(description = "PATCH only, unless If-Match is sent: the version read") Long version) {

	/** The command with the given fields changed and the others kept. */
	TwilioCommand applyTo(TwilioCommand command) {
		Patches.set(this.name, command::setName);
		Patches.set(this.accountSid, command::setAccountSid);
		Patches.set(this.authToken, command::setNewAuthToken);
		return command;
	}

	@Override
	public String toString() {
		return "TwilioIntegrationRequest[name=" + this.name + "]";
	}

}
