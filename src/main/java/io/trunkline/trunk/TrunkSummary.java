package io.trunkline.trunk;

/**
 * A SIP trunk as the console shows it: whether a password is set, never the password.
 */
public record TrunkSummary(long id, long version, String name, String terminationUri, Transport transport,
		String authUsername, boolean passwordSet, MediaEncryption mediaEncryption, boolean registrationEnabled,
		boolean supportsInbound, boolean supportsOutbound) implements CarrierSummary {

	static TrunkSummary of(SipTrunk trunk) {
		return new TrunkSummary(trunk.getId(), trunk.getVersion(), trunk.name, trunk.terminationUri, trunk.transport,
				trunk.authUsername, trunk.encryptedPassword != null, trunk.mediaEncryption, trunk.registrationEnabled,
				trunk.supportsInbound, trunk.supportsOutbound);
	}

	/**
	 * The registration setting in words; the registrar's live answer is
	 * {@code TrunkHealthService.registrations}.
	 */
	public String registrationStatus() {
		return this.registrationEnabled ? "Not checked" : "Off";
	}

}
