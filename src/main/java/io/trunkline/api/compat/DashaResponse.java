package io.trunkline.api.compat;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.base.Texts;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.TrunkSummary;

/**
 * Dasha's {@code SipPhoneNumber}, filled from what was stored: ids as UUIDs
 * ({@link CompatIds}), the registration setting and status of the number's trunk.
 */
@Schema(name = "DashaSipPhoneNumber", requiredProperties = { "id", "orgId", "phoneNumber", "credentialsId",
		"createdTime", "lastUpdateTime", "registrationStatus" })
record DashaResponse(@JsonProperty("id") String id, @JsonProperty("orgId") String orgId,
		@JsonProperty("phoneNumber") String phoneNumber, @JsonProperty("credentialsId") String credentialsId,
		@JsonProperty("createdTime") Instant createdTime, @JsonProperty("lastUpdateTime") Instant lastUpdateTime,
		@JsonProperty("registrationStatus") RegistrationStatus registrationStatus,
		@JsonProperty("description") String description, @JsonProperty("displayName") String displayName,
		@JsonProperty("registration") boolean registration, @JsonProperty("providerId") String providerId,
		@JsonProperty("incomingCallsAgentId") String incomingCallsAgentId) {

	/** Trunkline does not register yet: a trunk that would is "not checked". */
	static final String NOT_CHECKED = "NotChecked";

	static final String DISABLED = "Disabled";

	static DashaResponse of(PhoneNumberDetails number, long organizationId, TrunkSummary trunk,
			String incomingCallsAgentId) {
		RegistrationStatus status = new RegistrationStatus(trunk.registrationEnabled() ? NOT_CHECKED : DISABLED, null,
				null, number.updatedAt(), null);
		return new DashaResponse(CompatIds.uuid(number.id()), String.valueOf(organizationId), number.number(),
				CompatIds.uuid(trunk.id()), number.createdAt(), number.updatedAt(), status,
				Texts.blankToNull(number.description()), Texts.blankToNull(number.displayName()),
				trunk.registrationEnabled(), null, incomingCallsAgentId);
	}

	/**
	 * @param state {@code Disabled} without registration, {@code NotChecked} with it
	 * @param lastUpdated when the number's configuration, which states it, was stored
	 */
	@Schema(name = "DashaRegistrationStatus")
	record RegistrationStatus(@JsonProperty("state") String state,
			@JsonProperty("errorDescription") String errorDescription,
			@JsonProperty("sipResponseMessage") String sipResponseMessage,
			@JsonProperty("lastUpdated") Instant lastUpdated, @JsonProperty("expiresAt") Instant expiresAt) {

	}

}
