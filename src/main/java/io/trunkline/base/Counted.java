package io.trunkline.base;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Counts inside the services' messages, grouped for the locale of the request being
 * served ({@code 12,553} for English, {@code 12.553} for German), with the noun in the
 * singular or plural. Views use {@code base.ui.Counts}, which formats for the UI's locale
 * with the same rule.
 */
public final class Counted {

	private Counted() {
	}

	/**
	 * @return e.g. "1 number" or "12,553 numbers" for the current request's locale
	 */
	public static String of(long count, String one, String many) {
		return of(count, one, many, LocaleContextHolder.getLocale());
	}

	/**
	 * @return e.g. "1 number" or "12.553 numbers" for the given locale
	 */
	public static String of(long count, String one, String many, Locale locale) {
		return grouped(count, locale) + " " + ((count == 1) ? one : many);
	}

	/**
	 * @return the count grouped for the locale, e.g. "12,553"
	 */
	public static String grouped(long count, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(count);
	}

}
