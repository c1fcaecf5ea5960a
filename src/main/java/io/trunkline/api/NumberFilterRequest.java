package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.NumberFilter;

/** The console grid's filters, as the list's query parameters are. */
@Schema(name = "NumberFilter")
record NumberFilterRequest(@Schema(description = "Number however typed, or display name") String text,
		@Schema(example = "US") String region, Long sipTrunkId, Long agentId, Boolean active, Long importId,
		@Schema(allowableValues = {
				"up", "down", "rejects_options", "not_checked" }) String trunkStatus){

	NumberFilter toFilter() {
		return new NumberFilter(this.text, this.region, this.sipTrunkId, this.active, this.agentId, this.importId,
				PhoneNumberController.trunkStatus(this.trunkStatus));
	}

}
