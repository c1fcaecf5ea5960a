package io.trunkline.api.compat;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.base.Texts;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.RegistrationState;
import io.trunkline.trunk.health.RegistrationView;

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

	/** A trunk that registers, before its first registration query. */
	static final String NOT_CHECKED = "NotChecked";

	static final String DISABLED = "Disabled";

	/**
	 * @param registration the trunk's last registration query, as the trunks grid shows
	 * it
	 */
	static DashaResponse of(PhoneNumberDetails number, long organizationId, TrunkSummary trunk,
			RegistrationView registration, String incomingCallsAgentId) {
		RegistrationStatus status = RegistrationStatus.of(trunk, registration, number.updatedAt());
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

		/**
		 * {@code Disabled} without registration; with it, {@code Registered} or
		 * {@code Failed} (with the registrar's response and its meaning) once queried,
		 * {@code NotChecked} before.
		 */
		static RegistrationStatus of(TrunkSummary trunk, RegistrationView registration, Instant configured) {
			if (!trunk.registrationEnabled()) {
				return new RegistrationStatus(DISABLED, null, null, configured, null);
			}
			if (registration == null || registration.state() == RegistrationState.NOT_CHECKED
					|| registration.state() == RegistrationState.DISABLED) {
				return new RegistrationStatus(NOT_CHECKED, null, null, configured, null);
			}
			String state = (registration.state() == RegistrationState.REGISTERED) ? "Registered" : "Failed";
			String error = (registration.state() == RegistrationState.FAILED) ? registration.description() : null;
			return new RegistrationStatus(state, error, registration.response(), registration.checkedAt(),
					registration.expiresAt());
		}

	}

}
