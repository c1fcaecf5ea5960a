package io.trunkline.trunk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;

/**
 * What an admin types for a Twilio integration. The auth token is write-only: blank keeps
 * the stored one.
 */
public class TwilioCommand {

	@PlainText
	@NotBlank(message = "Enter a name")
	@Size(max = TwilioIntegration.NAME_MAX_LENGTH)
	private String name = "";

	@PlainText
	@NotBlank(message = "Enter the account SID")
	@Pattern(regexp = "^AC[0-9a-fA-F]{32}$", message = "An account SID is AC followed by 32 hexadecimal characters")
	private String accountSid = "";

	@PlainText
	@Size(max = TwilioIntegration.TOKEN_MAX_LENGTH)
	private String newAuthToken = "";

	public static TwilioCommand of(TwilioSummary integration) {
		TwilioCommand command = new TwilioCommand();
		command.name = integration.name();
		command.accountSid = integration.accountSid();
		return command;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAccountSid() {
		return this.accountSid;
	}

	public void setAccountSid(String accountSid) {
		this.accountSid = (accountSid != null) ? accountSid.strip() : "";
	}

	public String getNewAuthToken() {
		return this.newAuthToken;
	}

	public void setNewAuthToken(String newAuthToken) {
		this.newAuthToken = newAuthToken;
	}

	@Override
	public String toString() {
		return "TwilioCommand[name=" + this.name + "]";
	}

}
