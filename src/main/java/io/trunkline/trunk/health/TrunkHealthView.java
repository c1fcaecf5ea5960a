package io.trunkline.trunk.health;

import java.time.Instant;

/**
 * A trunk's health as the console and the API show it: never a secret, never a raw SIP
 * message.
 *
 * @param lastResponse e.g. {@code "200 OK"} or {@code "No answer within 5 s"}, or
 * {@code null} before the first check
 * @param lastCode the last SIP response code, or {@code null} without a response
 * @param lastReason its reason phrase, or what happened without a response
 * @param downSince when the trunk turned Down from Up, while it stays Down; {@code null}
 * otherwise
 */
public record TrunkHealthView(long trunkId, TrunkStatus status, String lastResponse, Integer rttMs, Instant checkedAt,
		Integer lastCode, String lastReason, Instant downSince) {

	static TrunkHealthView notChecked(long trunkId) {
		return new TrunkHealthView(trunkId, TrunkStatus.NOT_CHECKED, null, null, null, null, null, null);
	}

	/**
	 * @param checking whether a check of the trunk is in flight on any instance
	 */
	static TrunkHealthView of(TrunkHealth health, boolean checking) {
		String response = (health.lastOutcome == null) ? null
				: new CheckResult(health.lastOutcome, health.lastCode, health.lastReason, health.rttMs).describe();
		return new TrunkHealthView(health.getId(), checking ? TrunkStatus.CHECKING : health.status, response,
				health.rttMs, health.checkedAt, health.lastCode, health.lastReason, health.downSince);
	}

}
