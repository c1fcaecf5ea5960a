package io.trunkline.phonenumber;

import java.time.Instant;

/**
 * A number as one row of the grid or the CSV export: never a secret.
 *
 * @param bindingsChangedAt when its agents last changed; {@code null} if it never had any
 */
public record PhoneNumberRow(long id, String number, boolean pseudo, String displayName, String region,
		LineType lineType, Provider provider, String trunkName, String integrationName, boolean active,
		Instant updatedAt, Instant bindingsChangedAt, String inboundAgents, String outboundAgents) {

	/** For the grid query, before the agent columns are filled in. */
	public PhoneNumberRow(long id, String number, boolean pseudo, String displayName, String region, LineType lineType,
			Provider provider, String trunkName, String integrationName, boolean active, Instant updatedAt,
			Instant bindingsChangedAt) {
		this(id, number, pseudo, displayName, region, lineType, provider, trunkName, integrationName, active, updatedAt,
				bindingsChangedAt, "", "");
	}

	PhoneNumberRow withAgents(String inbound, String outbound) {
		return new PhoneNumberRow(this.id, this.number, this.pseudo, this.displayName, this.region, this.lineType,
				this.provider, this.trunkName, this.integrationName, this.active, this.updatedAt,
				this.bindingsChangedAt, inbound, outbound);
	}

	/** "In use" when any agent is bound, "Free" otherwise. */
	public boolean inUse() {
		return !this.inboundAgents.isEmpty() || !this.outboundAgents.isEmpty();
	}

	/** The international form, e.g. {@code +1 415-555-2671}. */
	public String international() {
		return Display.international(this.number, this.pseudo);
	}

	/** The trunk or integration carrying the number. */
	public String carrier() {
		return (this.provider == Provider.SIP) ? this.trunkName : this.integrationName;
	}

}
