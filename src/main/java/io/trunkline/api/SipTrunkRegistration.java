package io.trunkline.api;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.health.RegistrationView;

/**
 * A trunk's registration, as the last query-only REGISTER found it: never a secret, never
 * a raw SIP message.
 */
@Schema(name = "SipTrunkRegistration")
record SipTrunkRegistration(@Schema(allowableValues = {
		"not_checked", "disabled", "registered", "failed" }, example = "registered") String state,
		@Schema(description = "The registrar's answer, e.g. \"403 Forbidden\"; null before the first check",
				example = "200 OK") String response,
		@Schema(description = "What the answer means, in plain words") String description,
		@Schema(description = "When the registered binding expires") Instant expiresAt, Instant checkedAt){

	/** A trunk with registration off. */
	static final SipTrunkRegistration DISABLED = new SipTrunkRegistration("disabled", null, null, null, null);

	static SipTrunkRegistration of(RegistrationView view) {
		return new SipTrunkRegistration(view.state().name().toLowerCase(Locale.ROOT), view.response(),
				view.description(), view.expiresAt(), view.checkedAt());
	}

}
