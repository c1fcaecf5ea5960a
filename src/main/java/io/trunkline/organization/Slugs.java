package io.trunkline.organization;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives a URL-friendly slug from an organization's name ("Acme Voice, Inc." becomes
 * "acme-voice-inc").
 */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > Organization.SLUG_MAX_LENGTH) {
			slug = slug.substring(0, Organization.SLUG_MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "organization" : slug;
	}

}
