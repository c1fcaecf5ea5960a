package io.trunkline.trunk.health;

import java.util.Set;

/**
 * One check's result: the response code and reason (or, without a response, what happened
 * in words) and the round-trip time.
 *
 * @param code the SIP response code, or {@code null} without a response
 * @param rttMs milliseconds from sending to the final response, or {@code null}
 */
public record CheckResult(CheckOutcome outcome, Integer code, String reason, Integer rttMs) {

	private static final Set<Integer> REJECTS_OPTIONS = Set.of(401, 403, 404, 405, 481, 501);

	static CheckResult ofResponse(int code, String reason, long rttMs) {
		CheckOutcome outcome;
		if (code >= 200 && code < 300) {
			outcome = CheckOutcome.OK;
		}
		else if (REJECTS_OPTIONS.contains(code)) {
			outcome = CheckOutcome.REJECTS_OPTIONS;
		}
		else {
			outcome = CheckOutcome.FAILURE;
		}
		return new CheckResult(outcome, code, clip(reason), (int) Math.min(rttMs, Integer.MAX_VALUE));
	}

	static CheckResult failure(String what) {
		return new CheckResult(CheckOutcome.FAILURE, null, clip(what), null);
	}

	static CheckResult refused(String why) {
		return new CheckResult(CheckOutcome.REFUSED, null, clip(why), null);
	}

	/** The result in words: {@code "200 OK"}, or what happened. */
	public String describe() {
		return (this.code != null) ? this.code + " " + this.reason : this.reason;
	}

	private static String clip(String text) {
		if (text == null) {
			return "";
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return (clean.length() > 128) ? clean.substring(0, 128) : clean;
	}

}
