package io.trunkline.phonenumber;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;

/**
 * Every field of a phone number as a person (or a client) gives it, to create or update
 * one; {@link NumberChecker} normalizes and checks it. The same limits feed the form
 * fields' maximum lengths. The inbound PIN is write-only: empty keeps the stored one.
 */
public class PhoneNumberCommand {

	public static final int NUMBER_MAX = 64;

	public static final int NAME_MAX = 128;

	public static final int DESCRIPTION_MAX = 255;

	public static final int URL_MAX = 2048;

	public static final int ROOM_PATTERN_MAX = 128;

	public static final int PIN_MAX = 10;

	@PlainText
	@NotBlank(message = "Enter a phone number")
	@Size(max = NUMBER_MAX)
	private String number = "";

	private boolean pseudo = false;

	@PlainText
	@Size(max = NAME_MAX)
	private String displayName = "";

	@PlainText(multiline = true)
	@Size(max = DESCRIPTION_MAX)
	private String description = "";

	private boolean active = true;

	@NotNull(message = "Choose a provider")
	private Provider provider = Provider.SIP;

	private Long sipTrunkId = null;

	private Long twilioIntegrationId = null;

	private boolean supportsInbound = true;

	private boolean supportsOutbound = true;

	@PlainText
	@Size(max = URL_MAX)
	private String inboundWebhookUrl = "";

	private Set<String> allowedInboundCountries = new TreeSet<>();

	private Set<@PlainText String> allowedOutboundCountries = new TreeSet<>();

	@PlainText
	@Size(max = NUMBER_MAX)
	private String fallbackNumber = "";

	@PlainText
	@Size(max = NUMBER_MAX)
	private String testCallDestination = "";

	@PlainText
	@Pattern(regexp = "^$|^[0-9]{4,10}$", message = "Use 4 to 10 digits")
	private String inboundPin = "";

	@PlainText
	@Size(max = ROOM_PATTERN_MAX)
	private String inboundRoomPattern = "";

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public boolean isPseudo() {
		return this.pseudo;
	}

	public void setPseudo(boolean pseudo) {
		this.pseudo = pseudo;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Provider getProvider() {
		return this.provider;
	}

	public void setProvider(Provider provider) {
		this.provider = provider;
	}

	public Long getSipTrunkId() {
		return this.sipTrunkId;
	}

	public void setSipTrunkId(Long sipTrunkId) {
		this.sipTrunkId = sipTrunkId;
	}

	public Long getTwilioIntegrationId() {
		return this.twilioIntegrationId;
	}

	public void setTwilioIntegrationId(Long twilioIntegrationId) {
		this.twilioIntegrationId = twilioIntegrationId;
	}

	public boolean isSupportsInbound() {
		return this.supportsInbound;
	}

	public void setSupportsInbound(boolean supportsInbound) {
		this.supportsInbound = supportsInbound;
	}

	public boolean isSupportsOutbound() {
		return this.supportsOutbound;
	}

	public void setSupportsOutbound(boolean supportsOutbound) {
		this.supportsOutbound = supportsOutbound;
	}

	public String getInboundWebhookUrl() {
		return this.inboundWebhookUrl;
	}

	public void setInboundWebhookUrl(String inboundWebhookUrl) {
		this.inboundWebhookUrl = inboundWebhookUrl;
	}

	public Set<String> getAllowedInboundCountries() {
		return this.allowedInboundCountries;
	}

	public void setAllowedInboundCountries(Set<String> allowedInboundCountries) {
		this.allowedInboundCountries = allowedInboundCountries;
	}

	public Set<String> getAllowedOutboundCountries() {
		return this.allowedOutboundCountries;
	}

	public void setAllowedOutboundCountries(Set<String> allowedOutboundCountries) {
		this.allowedOutboundCountries = allowedOutboundCountries;
	}

	public String getFallbackNumber() {
		return this.fallbackNumber;
	}

	public void setFallbackNumber(String fallbackNumber) {
		this.fallbackNumber = fallbackNumber;
	}

	public String getTestCallDestination() {
		return this.testCallDestination;
	}

	public void setTestCallDestination(String testCallDestination) {
		this.testCallDestination = testCallDestination;
	}

	public String getInboundPin() {
		return this.inboundPin;
	}

	public void setInboundPin(String inboundPin) {
		this.inboundPin = inboundPin;
	}

	public String getInboundRoomPattern() {
		return this.inboundRoomPattern;
	}

	public void setInboundRoomPattern(String inboundRoomPattern) {
		this.inboundRoomPattern = inboundRoomPattern;
	}

	private Long bindingsVersion;

	private boolean clearInboundPin;

	private List<BindingLine> inboundAgents = List.of();

	private List<BindingLine> outboundAgents = List.of();

	public List<BindingLine> getInboundAgents() {
		return this.inboundAgents;
	}

	public void setInboundAgents(List<BindingLine> inboundAgents) {
		this.inboundAgents = (inboundAgents != null) ? List.copyOf(inboundAgents) : List.of();
	}

	public List<BindingLine> getOutboundAgents() {
		return this.outboundAgents;
	}

	public void setOutboundAgents(List<BindingLine> outboundAgents) {
		this.outboundAgents = (outboundAgents != null) ? List.copyOf(outboundAgents) : List.of();
	}

	/**
	 * The version of the agent lists this command was read with; every update must carry
	 * it, a new number has none.
	 */
	public Long getBindingsVersion() {
		return this.bindingsVersion;
	}

	public void setBindingsVersion(Long bindingsVersion) {
		this.bindingsVersion = bindingsVersion;
	}

	/** Whether an update removes the stored PIN (an empty PIN keeps it). */
	public boolean isClearInboundPin() {
		return this.clearInboundPin;
	}

	public void setClearInboundPin(boolean clearInboundPin) {
		this.clearInboundPin = clearInboundPin;
	}

	@Override
	public String toString() {
		return "PhoneNumberCommand[number=" + this.number + "]";
	}

}
