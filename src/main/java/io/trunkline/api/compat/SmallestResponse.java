package io.trunkline.api.compat;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.trunkline.phonenumber.PhoneNumberDetails;

/** Smallest AI Atoms' 200 answer, filled from what was stored. */
record SmallestResponse(@JsonProperty("status") boolean status, @JsonProperty("data") Data data) {

	static SmallestResponse of(PhoneNumberDetails number) {
		String trunk = String.valueOf(number.sipTrunkId());
		return new SmallestResponse(true,
				new Data(String.valueOf(number.id()), "custom", number.active(),
						new Attributes(number.displayName(), number.number(), trunk, trunk), null, number.createdAt(),
						number.updatedAt()));
	}

	record Data(@JsonProperty("_id") String id, @JsonProperty("productType") String productType,
			@JsonProperty("isActive") boolean isActive, @JsonProperty("attributes") Attributes attributes,
			@JsonProperty("agentId") String agentId, @JsonProperty("createdAt") Instant createdAt,
			@JsonProperty("updatedAt") Instant updatedAt) {

	}

	record Attributes(@JsonProperty("name") String name, @JsonProperty("phoneNumber") String phoneNumber,
			@JsonProperty("outboundSipTrunkId") String outboundSipTrunkId,
			@JsonProperty("inboundSipTrunkId") String inboundSipTrunkId) {

	}

}
