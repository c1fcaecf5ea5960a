package io.trunkline.phonenumber;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lists of ISO 3166-1 alpha-2 country codes, stored comma-separated.
 */
public final class CountryList {

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private CountryList() {
	}

	static String toColumn(Collection<String> codes) {
		return (codes == null || codes.isEmpty()) ? null : String.join(",", new TreeSet<>(codes));
	}

	static Set<String> fromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
	}

	static boolean isCode(String code) {
		return ISO.contains(code);
	}

	/** Every ISO country code, for pickers. */
	public static Set<String> all() {
		return new TreeSet<>(ISO);
	}

	/** "Germany (DE)". */
	public static String label(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")";
	}

}
