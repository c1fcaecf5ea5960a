package io.trunkline.trunk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;

/**
 * What an admin types for a SIP trunk. The password is write-only: blank keeps the stored
 * one.
 */
public class TrunkCommand {

	@PlainText
	@NotBlank(message = "Enter a name")
	@Size(max = SipTrunk.NAME_MAX_LENGTH)
	private String name = "";

	@PlainText
	@NotBlank(message = "Enter the trunk's host, IP address or sip: URI")
	@Size(max = TerminationUris.MAX_LENGTH)
	private String terminationUri = "";

	@NotNull
	private Transport transport = Transport.TCP;

	@PlainText
	@Size(max = SipTrunk.USERNAME_MAX_LENGTH)
	private String authUsername = "";

	@PlainText
	@Size(max = SipTrunk.PASSWORD_MAX_LENGTH)
	private String newPassword = "";

	private boolean clearPassword;

	@NotNull
	private MediaEncryption mediaEncryption = MediaEncryption.ALLOW;

	private boolean registrationEnabled;

	private boolean supportsInbound = true;

	private boolean supportsOutbound = true;

	public static TrunkCommand of(TrunkSummary trunk) {
		TrunkCommand command = new TrunkCommand();
		command.name = trunk.name();
		command.terminationUri = trunk.terminationUri();
		command.transport = trunk.transport();
		command.authUsername = (trunk.authUsername() != null) ? trunk.authUsername() : "";
		command.mediaEncryption = trunk.mediaEncryption();
		command.registrationEnabled = trunk.registrationEnabled();
		command.supportsInbound = trunk.supportsInbound();
		command.supportsOutbound = trunk.supportsOutbound();
		return command;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTerminationUri() {
		return this.terminationUri;
	}

	public void setTerminationUri(String terminationUri) {
		this.terminationUri = terminationUri;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public void setTransport(Transport transport) {
		this.transport = transport;
	}

	public String getAuthUsername() {
		return this.authUsername;
	}

	public void setAuthUsername(String authUsername) {
		this.authUsername = authUsername;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public boolean isClearPassword() {
		return this.clearPassword;
	}

	public void setClearPassword(boolean clearPassword) {
		this.clearPassword = clearPassword;
	}

	public MediaEncryption getMediaEncryption() {
		return this.mediaEncryption;
	}

	public void setMediaEncryption(MediaEncryption mediaEncryption) {
		this.mediaEncryption = mediaEncryption;
	}

	public boolean isRegistrationEnabled() {
		return this.registrationEnabled;
	}

	public void setRegistrationEnabled(boolean registrationEnabled) {
		this.registrationEnabled = registrationEnabled;
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

	@Override
	public String toString() {
		return "TrunkCommand[name=" + this.name + "]";
	}

}
