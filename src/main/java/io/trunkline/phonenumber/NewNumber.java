package io.trunkline.phonenumber;

/**
 * A checked number ready to be written by {@link NumberImport}: normalized, named, with
 * its carrier and its agents.
 *
 * @param number the normalized number
 * @param displayName the name to show, or {@code null} for the international form
 * @param description free text, or {@code null}
 * @param provider which of the two carrier references is set
 * @param sipTrunkId the SIP trunk for {@link Provider#SIP}
 * @param twilioIntegrationId the integration for {@link Provider#TWILIO}
 * @param bindings the checked agent lists of both directions
 */
public record NewNumber(NormalizedNumber number, String displayName, String description, Provider provider,
		Long sipTrunkId, Long twilioIntegrationId, NumberBindings bindings) {

	/** The name the number is shown with. */
	public String shownName() {
		return (this.displayName != null) ? this.displayName : this.number.international();
	}

}
