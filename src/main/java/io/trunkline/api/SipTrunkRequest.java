package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.Transport;

/**
 * A SIP trunk to create, or the fields of one to change (PATCH: a missing or null field
 * keeps its value). The password is write-only; in a PATCH an empty one removes it.
 */
@Schema(name = "SipTrunkRequest")
record SipTrunkRequest(@Schema(example = "Carrier A") String name,
		@Schema(example = "sip:pbx.example.com:5061") String terminationUri,
		@Schema(example = "TLS", description = "Ignored for a sips: URI, which is always TLS") Transport transport,
		@Schema(example = "trunkline") String authUsername,
		@Schema(description = "Write-only; answers only say auth_password_set",
				accessMode = Schema.AccessMode.WRITE_ONLY) String authPassword,
		MediaEncryption mediaEncryption, Boolean registrationEnabled, Boolean supportsInbound, Boolean supportsOutbound,
		@Schema(description = "PATCH only, unless If-Match is sent: the version read") Long version) {

	/** The command for a new trunk: the console's defaults where a field is missing. */
	TrunkCommand toCommand() {
		return applyTo(new TrunkCommand(), false);
	}

	/** The command that changes the given fields of a trunk and keeps the others. */
	TrunkCommand applyTo(TrunkCommand command, boolean patch) {
		Patches.set(this.name, command::setName);
		Patches.set(this.terminationUri, command::setTerminationUri);
		Patches.set(this.transport, command::setTransport);
		Patches.set(this.authUsername, command::setAuthUsername);
		Patches.set(this.mediaEncryption, command::setMediaEncryption);
		Patches.set(this.registrationEnabled, command::setRegistrationEnabled);
		Patches.set(this.supportsInbound, command::setSupportsInbound);
		Patches.set(this.supportsOutbound, command::setSupportsOutbound);
		if (this.authPassword != null) {
			command.setNewPassword(this.authPassword);
			command.setClearPassword(patch && this.authPassword.isEmpty());
		}
		return command;
	}

	@Override
	public String toString() {
		return "SipTrunkRequest[name=" + this.name + "]";
	}

}
