package io.trunkline.api;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.LineType;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.Provider;

/**
 * A number as one row of a list, with the names of its carrier and agents as the grid
 * shows them.
 */
@Schema(name = "PhoneNumberListItem")
record PhoneNumberItem(long id, @Schema(example = "+14155552671") String number,
		@Schema(example = "+1 415-555-2671") String international, boolean pseudo, String displayName, String region,
		LineType lineType, Provider provider, String sipTrunkName, String twilioIntegrationName, boolean active,
		Instant updatedAt, String inboundAgents, String outboundAgents, Long sipTrunkId,
		@Schema(description = "Its SIP trunk's status (null without a SIP trunk)", allowableValues = {
				"up", "down", "rejects_options", "not_checked", "checking" }) String trunkStatus){

	static PhoneNumberItem of(PhoneNumberRow row) {
		return new PhoneNumberItem(row.id(), row.number(), row.international(), row.pseudo(), row.displayName(),
				row.region(), row.lineType(), row.provider(), row.trunkName(), row.integrationName(), row.active(),
				row.updatedAt(), row.inboundAgents(), row.outboundAgents(), row.sipTrunkId(),
				(row.trunkStatus() != null) ? row.trunkStatus().name().toLowerCase(Locale.ROOT) : null);
	}

}
