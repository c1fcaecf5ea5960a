package io.trunkline.phonenumber;

/**
 * Where an edit of a stored number starts: the command that would save it unchanged.
 */
public final class PhoneNumberEdit {

	private PhoneNumberEdit() {
	}

	/**
	 * @return a command with the stored values and both versions; the PIN is empty, which
	 * keeps the stored one
	 */
	public static PhoneNumberCommand of(PhoneNumberDetails details) {
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(details.number());
		command.setPseudo(details.pseudo());
		command.setDisplayName(details.displayName());
		command.setDescription(nullToEmpty(details.description()));
		command.setActive(details.active());
		command.setProvider(details.provider());
		command.setSipTrunkId(details.sipTrunkId());
		command.setTwilioIntegrationId(details.twilioIntegrationId());
		command.setSupportsInbound(details.supportsInbound());
		command.setSupportsOutbound(details.supportsOutbound());
		command.setInboundWebhookUrl(nullToEmpty(details.inboundWebhookUrl()));
		command.setAllowedInboundCountries(details.allowedInboundCountries());
		command.setAllowedOutboundCountries(details.allowedOutboundCountries());
		command.setFallbackNumber(nullToEmpty(details.fallbackNumber()));
		command.setTestCallDestination(nullToEmpty(details.testCallDestination()));
		command.setInboundRoomPattern(nullToEmpty(details.inboundRoomPattern()));
		command.setInboundAgents(details.bindings().inbound());
		command.setOutboundAgents(details.bindings().outbound());
		command.setBindingsVersion(details.bindingsVersion());
		return command;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
