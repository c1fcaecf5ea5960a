package io.trunkline.trunk.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.trunkline.trunk.health.RegistrationState;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthView;

/** A trunk's health in words, for the grid and the form. */
final class HealthText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private HealthText() {
	}

	static String status(TrunkHealthView health) {
		return (health != null) ? health.status().label() : "";
	}

	static String response(TrunkHealthView health) {
		return (health != null && health.lastResponse() != null) ? health.lastResponse() : "";
	}

	static String rtt(TrunkHealthView health) {
		return (health != null && health.rttMs() != null) ? health.rttMs() + " ms" : "";
	}

	static String checkedAt(TrunkHealthView health) {
		String time = checkedAtUtc(health);
		return time.isEmpty() ? "" : time + " UTC";
	}

	/** The grid's cell, under a "(UTC)" header as in the other grids. */
	static String checkedAtUtc(TrunkHealthView health) {
		return (health != null && health.checkedAt() != null) ? TIME.format(health.checkedAt()) : "";
	}

	/** E.g. "Up: 200 OK in 12 ms, checked 2026-12-01 10:00:00 UTC". */
	static String sentence(TrunkHealthView health) {
		if (health == null || health.checkedAt() == null) {
			return status(health)
					+ ((health != null && health.lastResponse() != null) ? ": " + health.lastResponse() : "");
		}
		String rtt = (health.rttMs() != null) ? " in " + rtt(health) : "";
		return status(health) + ": " + response(health) + rtt + ", checked " + checkedAt(health);
	}

	/**
	 * The grid's registration cell: e.g. "Registered, expires 2026-12-01 11:00:00 UTC".
	 */
	static String registration(RegistrationView view) {
		if (view == null) {
			return "";
		}
		if (view.state() == RegistrationState.REGISTERED) {
			return (view.expiresAt() != null) ? "Registered, expires " + TIME.format(view.expiresAt()) + " UTC"
					: "Registered, no device bound";
		}
		if (view.state() == RegistrationState.FAILED) {
			return "Failed: " + view.response();
		}
		return view.state().label();
	}

	/** The form's registration line, with what the response means. */
	static String registrationSentence(RegistrationView view) {
		String text = registration(view);
		if (view != null && view.description() != null && view.state() != RegistrationState.DISABLED) {
			text += ". " + view.description();
		}
		if (view != null && view.checkedAt() != null) {
			text += " (checked " + TIME.format(view.checkedAt()) + " UTC)";
		}
		return text;
	}

}
