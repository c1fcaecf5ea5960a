package io.trunkline.phonenumber;

import java.time.Instant;

import io.trunkline.trunk.health.TrunkStatus;

/**
 * A number as one row of the grid or the CSV export: never a secret.
 *
 * @param bindingsChangedAt when its agents last changed; {@code null} if it never had any
 * @param sipTrunkId its SIP trunk, or {@code null}
 * @param trunkStatus its SIP trunk's status, or {@code null} without a SIP trunk (and in
 * the export)
 */
public record PhoneNumberRow(long id, String number, boolean pseudo, String displayName, String region,
		LineType lineType, Provider provider, String trunkName, String integrationName, boolean active,
		Instant updatedAt, Instant bindingsChangedAt, String inboundAgents, String outboundAgents, Long sipTrunkId,
		TrunkStatus trunkStatus) {

	/** For the grid query, before the agent and trunk status columns are filled in. */
	public PhoneNumberRow(long id, String number, boolean pseudo, String displayName, String region, LineType lineType,
			Provider provider, String trunkName, String integrationName, boolean active, Instant updatedAt,
			Instant bindingsChangedAt, Long sipTrunkId) {
		this(id, number, pseudo, displayName, region, lineType, provider, trunkName, integrationName, active, updatedAt,
				bindingsChangedAt, "", "", sipTrunkId, null);
	}

	PhoneNumberRow withAgents(String inbound, String outbound) {
		return new PhoneNumberRow(this.id, this.number, this.pseudo, this.displayName, this.region, this.lineType,
				this.provider, this.trunkName, this.integrationName, this.active, this.updatedAt,
				this.bindingsChangedAt, inbound, outbound, this.sipTrunkId, this.trunkStatus);
	}

	PhoneNumberRow withTrunkStatus(TrunkStatus status) {
		return new PhoneNumberRow(this.id, this.number, this.pseudo, this.displayName, this.region, this.lineType,
				this.provider, this.trunkName, this.integrationName, this.active, this.updatedAt,
				this.bindingsChangedAt, this.inboundAgents, this.outboundAgents, this.sipTrunkId, status);
	}

	/** "In use" when any agent is bound, "Free" otherwise. */
	public boolean inUse() {
		return !this.inboundAgents.isEmpty() || !this.outboundAgents.isEmpty();
	}

	/** Whether its SIP trunk is Down. */
	public boolean trunkDown() {
		return this.trunkStatus == TrunkStatus.DOWN;
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
