package io.trunkline.base.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import io.trunkline.base.Counted;

/**
 * Counts as the person reads them: grouped for their locale ({@code 99,900} in English,
 * {@code 99.900} in German), with the noun in the singular or plural. Every view that
 * prints a count uses this.
 */
public final class Counts {

	private Counts() {
	}

	/**
	 * @return the count, grouped for the person's locale
	 */
	public static String of(long count) {
		return Counted.grouped(count, locale());
	}

	/**
	 * @return e.g. "1 number" or "12,553 numbers"
	 */
	public static String of(long count, String one, String many) {
		return Counted.of(count, one, many, locale());
	}

	/**
	 * @return a rate without decimals, e.g. "12,553"
	 */
	public static String of(double rate) {
		return NumberFormat.getIntegerInstance(locale()).format(Math.round(rate));
	}

	/**
	 * @return the locale of the current UI, English outside of one
	 */
	public static Locale locale() {
		UI ui = UI.getCurrent();
		return (ui != null && ui.getLocale() != null) ? ui.getLocale() : Locale.ENGLISH;
	}

}
