package io.trunkline.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The regions (ISO 3166-1 alpha-2) whose national numbers Trunkline can read: those that
 * libphonenumber has metadata for.
 */
public final class Regions {

	private static final List<String> SUPPORTED = PhoneNumberUtil.getInstance()
		.getSupportedRegions()
		.stream()
		.sorted(Comparator.comparing(Regions::displayName))
		.toList();

	private Regions() {
	}

	/**
	 * @return every supported region code, sorted by country name
	 */
	public static List<String> all() {
		return SUPPORTED;
	}

	public static boolean isSupported(String code) {
		return code != null && SUPPORTED.contains(code);
	}

	/**
	 * @return the country's English name, e.g. "United States" for {@code US}
	 */
	public static String displayName(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * @return a label for pickers, e.g. "United States (US)"
	 */
	public static String label(String code) {
		return displayName(code) + " (" + code + ")";
	}

}
