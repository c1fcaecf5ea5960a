package io.trunkline.trunk.health;

import java.time.Instant;

/**
 * One registration check's result.
 *
 * @param code the registrar's final SIP response code, or {@code null} without one
 * @param reason its reason phrase, or what happened without a response
 * @param description what it means, in plain words
 * @param expiresAt when the latest binding the registrar reported expires, or
 * {@code null} when it reported none
 */
public record RegistrationResult(RegistrationState state, Integer code, String reason, String description,
		Instant expiresAt) {

	static final RegistrationResult DISABLED = new RegistrationResult(RegistrationState.DISABLED, null, null,
			"Registration is off for this trunk", null);

	static RegistrationResult failed(Integer code, String reason, String description) {
		return new RegistrationResult(RegistrationState.FAILED, code, clip(reason, 128), clip(description, 256), null);
	}

	static RegistrationResult registered(int code, String reason, Instant expiresAt) {
		String description = (expiresAt != null) ? "The registrar accepted the credentials; a device is registered"
				: "The registrar accepted the credentials; no device is registered with them now";
		return new RegistrationResult(RegistrationState.REGISTERED, code, clip(reason, 128), description, expiresAt);
	}

	/** {@code "403 Forbidden"}, or what happened. */
	public String response() {
		if (this.code != null) {
			return this.code + " " + this.reason;
		}
		return this.reason;
	}

	private static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return (clean.length() > max) ? clean.substring(0, max) : clean;
	}

}
