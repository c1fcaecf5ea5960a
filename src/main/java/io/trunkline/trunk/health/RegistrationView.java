package io.trunkline.trunk.health;

import java.time.Instant;

/**
 * A trunk's registration as the console shows it: never a secret, never a raw message.
 *
 * @param response e.g. {@code "403 Forbidden"}, or {@code null} before the first check
 * @param description what the response means, in plain words
 * @param expiresAt when the registered binding expires, or {@code null}
 */
public record RegistrationView(long trunkId, RegistrationState state, String response, String description,
		Instant expiresAt, Instant checkedAt) {

	static RegistrationView notChecked(long trunkId) {
		return new RegistrationView(trunkId, RegistrationState.NOT_CHECKED, null, null, null, null);
	}

	static RegistrationView of(TrunkHealth health) {
		if (health.registrationState == null) {
			return notChecked(health.getId());
		}
		RegistrationResult result = new RegistrationResult(health.registrationState, health.registrationCode,
				health.registrationReason, health.registrationDescription, health.registrationExpiresAt);
		return new RegistrationView(health.getId(), health.registrationState, result.response(),
				health.registrationDescription, health.registrationExpiresAt, health.registrationCheckedAt);
	}

}
