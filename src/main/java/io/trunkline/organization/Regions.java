package io.trunkline.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
	 * Finds the region a person typed into a region picker: its code ({@code gb}), its
	 * name or label ({@code United Kingdom}), or a part of them that only one region has
	 * ({@code kingdom} is ambiguous, {@code united k} is not).
	 * @return the region code, or empty when nothing or more than one region matches
	 */
	public static Optional<String> find(String typed) {
		String text = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		for (String code : SUPPORTED) {
			if (code.equalsIgnoreCase(text) || displayName(code).equalsIgnoreCase(text)
					|| label(code).equalsIgnoreCase(text)) {
				return Optional.of(code);
			}
		}
		List<String> matching = SUPPORTED.stream()
			.filter((code) -> label(code).toLowerCase(Locale.ROOT).contains(text))
			.limit(2)
			.toList();
		return (matching.size() == 1) ? Optional.of(matching.get(0)) : Optional.empty();
	}

	/**
	 * @return the country's English name, e.g. "United States" for {@code US}
	 */
	public static String displayName(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * @return how a national number of the region is called, e.g. "a United States
	 * number" or "an Italy number"
	 */
	public static String aNumberOf(String code) {
		String name = displayName(code);
		boolean vowel = !name.isEmpty() && "AEIO".indexOf(Character.toUpperCase(name.charAt(0))) >= 0;
		return (vowel ? "an " : "a ") + name + " number";
	}

	/**
	 * @return a label for pickers, e.g. "United States (US)"
	 */
	public static String label(String code) {
		return displayName(code) + " (" + code + ")";
	}

}
