package io.trunkline.importer;

import java.util.List;

import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.Provider;

/**
 * What the wizard applies to every row: the carrier, and the agents of each direction. A
 * row's own trunk or agent column wins over these.
 *
 * @param provider which carrier reference is used
 * @param sipTrunkId the SIP trunk for {@link Provider#SIP}
 * @param twilioIntegrationId the Twilio integration for {@link Provider#TWILIO}
 * @param inbound the inbound agents with their weights, possibly empty
 * @param outbound the outbound agents with their weights, possibly empty
 */
public record ImportSettings(Provider provider, Long sipTrunkId, Long twilioIntegrationId, List<BindingLine> inbound,
		List<BindingLine> outbound) {

	public ImportSettings {
		inbound = (inbound != null) ? List.copyOf(inbound) : List.of();
		outbound = (outbound != null) ? List.copyOf(outbound) : List.of();
	}

	/** Every row on one SIP trunk, without agents. */
	public static ImportSettings sipTrunk(long sipTrunkId) {
		return new ImportSettings(Provider.SIP, sipTrunkId, null, List.of(), List.of());
	}

}
