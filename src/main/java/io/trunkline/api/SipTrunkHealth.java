package io.trunkline.api;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.trunk.health.TrunkHealthView;

/**
 * A trunk's last SIP OPTIONS check: never a raw SIP message.
 *
 * @param status {@code up}, {@code down}, {@code rejects_options}, {@code not_checked}
 * or, while a check of the trunk runs on any instance, {@code checking}
 */
@Schema(name = "SipTrunkHealth")
record SipTrunkHealth(@Schema(allowableValues = {
		"up", "down", "rejects_options", "not_checked", "checking" }, example = "up") String status,
		@Schema(description = "The last SIP response code; null without a response (e.g. a timeout)",
				example = "200") Integer lastResponseCode,
		@Schema(description = "Its reason phrase, or what happened without a response",
				example = "OK") String lastResponseReason,
		@Schema(description = "Round trip of the last check in milliseconds", example = "12") Integer rttMs,
		Instant checkedAt,
		@Schema(description = "When the trunk turned Down from Up, while it stays Down") Instant downSince){

	static SipTrunkHealth of(TrunkHealthView view) {
		return new SipTrunkHealth(view.status().name().toLowerCase(Locale.ROOT), view.lastCode(), view.lastReason(),
				view.rttMs(), view.checkedAt(), view.downSince());
	}

}
