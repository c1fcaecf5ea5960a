package io.trunkline.trunk.health;

import java.time.Instant;

/**
 * A trunk that turned Down from Up and has not come back.
 *
 * @param lastReason the last reason phrase, or what happened without a response
 */
public record DownTrunk(long trunkId, String name, Instant downSince, Integer lastCode, String lastReason) {

	/** E.g. {@code "503 Service Unavailable"} or {@code "No answer within 5 s"}. */
	public String lastResponse() {
		return (this.lastCode != null) ? this.lastCode + " " + this.lastReason : this.lastReason;
	}

}
