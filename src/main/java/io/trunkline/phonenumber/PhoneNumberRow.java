package io.trunkline.phonenumber;

import java.time.Instant;

/**
 * A number as one row of the grid or the CSV export: never a secret.
 */
public record PhoneNumberRow(long id, String number, boolean pseudo, String displayName, String region,
		LineType lineType, Provider provider, String trunkName, String integrationName, boolean active,
		Instant updatedAt) {

	/** The international form, e.g. {@code +1 415-555-2671}. */
	public String international() {
		return Display.international(this.number, this.pseudo);
	}

	/** The trunk or integration carrying the number. */
	public String carrier() {
		return (this.provider == Provider.SIP) ? this.trunkName : this.integrationName;
	}

}
