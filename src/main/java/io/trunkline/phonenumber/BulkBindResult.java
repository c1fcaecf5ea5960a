package io.trunkline.phonenumber;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * What a bulk binding changed, for the summary the person sees.
 */
public record BulkBindResult(int numbers, int inboundSet, int inboundSkipped, int outboundSet, int outboundSkipped) {

	/**
	 * E.g. "Inbound agents set on 98 numbers; 2 skipped: they do not take inbound calls."
	 */
	public String summary() {
		return summary(Locale.ENGLISH);
	}

	/**
	 * The summary with its counts grouped for the locale ("1,250 numbers").
	 */
	public String summary(Locale locale) {
		NumberFormat format = NumberFormat.getIntegerInstance(locale);
		StringBuilder text = new StringBuilder();
		part(text, format, "Inbound", this.inboundSet, this.inboundSkipped);
		part(text, format, "Outbound", this.outboundSet, this.outboundSkipped);
		return (text.length() == 0) ? "Nothing was changed." : text.toString().strip();
	}

	private static void part(StringBuilder text, NumberFormat format, String direction, int set, int skipped) {
		if (set == 0 && skipped == 0) {
			return;
		}
		text.append(direction)
			.append(" agents set on ")
			.append(format.format(set))
			.append(set == 1 ? " number" : " numbers");
		if (skipped > 0) {
			text.append("; ")
				.append(format.format(skipped))
				.append(" skipped: they do not take ")
				.append(direction.toLowerCase())
				.append(" calls");
		}
		text.append(". ");
	}

}
