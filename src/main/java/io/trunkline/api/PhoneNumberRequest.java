package io.trunkline.api;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.Provider;

/**
 * A number to create, or the fields of one to change (PATCH: a missing or null field
 * keeps its value). The inbound PIN is write-only; in a PATCH an empty one removes it.
 * Agents are bound through the number's bindings.
 */
@Schema(name = "PhoneNumberRequest")
record PhoneNumberRequest(
		@Schema(example = "+1 415 555 2671", description = "However typed; stored in E.164") String number,
		Boolean pseudo, @Schema(example = "Support line") String displayName, String description, Boolean active,
		@Schema(example = "SIP") Provider provider, Long sipTrunkId, Long twilioIntegrationId, Boolean supportsInbound,
		Boolean supportsOutbound, String inboundWebhookUrl, Set<String> allowedInboundCountries,
		Set<String> allowedOutboundCountries, String fallbackNumber, String testCallDestination,
		@Schema(description = "Write-only, 4 to 10 digits; answers only say inbound_pin_set",
				accessMode = Schema.AccessMode.WRITE_ONLY) String inboundPin,
		String inboundRoomPattern,
		@Schema(description = "PATCH only, unless If-Match is sent: the version read") Long version) {

	/** The command for a new number: the console's defaults where a field is missing. */
	PhoneNumberCommand toCommand() {
		return applyTo(new PhoneNumberCommand(), false);
	}

	/** The command that changes the given fields of a number and keeps the others. */
	PhoneNumberCommand applyTo(PhoneNumberCommand command, boolean patch) {
		Patches.set(this.number, command::setNumber);
		Patches.set(this.pseudo, command::setPseudo);
		Patches.set(this.displayName, command::setDisplayName);
		Patches.set(this.description, command::setDescription);
		Patches.set(this.active, command::setActive);
		Patches.set(this.provider, command::setProvider);
		Patches.set(this.sipTrunkId, command::setSipTrunkId);
		Patches.set(this.twilioIntegrationId, command::setTwilioIntegrationId);
		Patches.set(this.supportsInbound, command::setSupportsInbound);
		Patches.set(this.supportsOutbound, command::setSupportsOutbound);
		Patches.set(this.inboundWebhookUrl, command::setInboundWebhookUrl);
		Patches.set(this.allowedInboundCountries, (set) -> command.setAllowedInboundCountries(new TreeSet<>(set)));
		Patches.set(this.allowedOutboundCountries, (set) -> command.setAllowedOutboundCountries(new TreeSet<>(set)));
		Patches.set(this.fallbackNumber, command::setFallbackNumber);
		Patches.set(this.testCallDestination, command::setTestCallDestination);
		Patches.set(this.inboundRoomPattern, command::setInboundRoomPattern);
		if (this.inboundPin != null) {
			command.setInboundPin(this.inboundPin);
			command.setClearInboundPin(patch && this.inboundPin.isEmpty());
		}
		return command;
	}

	@Override
	public String toString() {
		return "PhoneNumberRequest[number=" + this.number + "]";
	}

}
