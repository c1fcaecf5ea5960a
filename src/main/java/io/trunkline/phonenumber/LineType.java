package io.trunkline.phonenumber;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/**
 * What kind of line a number is, as libphonenumber tells from its number ranges, plus
 * {@link #PSEUDO} for internal numbers that are not E.164.
 */
public enum LineType {

	FIXED_LINE("Fixed line"), MOBILE("Mobile"), FIXED_LINE_OR_MOBILE("Fixed line or mobile"), TOLL_FREE("Toll-free"),
	PREMIUM_RATE("Premium rate"), SHARED_COST("Shared cost"), VOIP("VoIP"), PERSONAL_NUMBER("Personal number"),
	PAGER("Pager"), UAN("UAN"), VOICEMAIL("Voicemail"), UNKNOWN("Unknown"), PSEUDO("Pseudo number");

	private final String label;

	LineType(String label) {
		this.label = label;
	}

	/**
	 * @return the name people read, e.g. "Toll-free"
	 */
	public String label() {
		return this.label;
	}

	static LineType of(PhoneNumberType type) {
		return switch (type) {
			case FIXED_LINE -> FIXED_LINE;
			case MOBILE -> MOBILE;
			case FIXED_LINE_OR_MOBILE -> FIXED_LINE_OR_MOBILE;
			case TOLL_FREE -> TOLL_FREE;
			case PREMIUM_RATE -> PREMIUM_RATE;
			case SHARED_COST -> SHARED_COST;
			case VOIP -> VOIP;
			case PERSONAL_NUMBER -> PERSONAL_NUMBER;
			case PAGER -> PAGER;
			case UAN -> UAN;
			case VOICEMAIL -> VOICEMAIL;
			case UNKNOWN -> UNKNOWN;
		};
	}

}
