package io.trunkline.base;

import java.util.Comparator;

/**
 * Names as people sort them: runs of digits by their value, so "Probe 3" comes before
 * "Probe 10", and letters regardless of case. For the short lists kept in memory (trunks,
 * integrations, agents); equal names keep their order.
 */
public final class NaturalOrder implements Comparator<String> {

	public static final NaturalOrder INSTANCE = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String left, String right) {
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			char a = left.charAt(i);
			char b = right.charAt(j);
			if (Character.isDigit(a) && Character.isDigit(b)) {
				int endA = digitsEnd(left, i);
				int endB = digitsEnd(right, j);
				int byValue = compareDigits(left.substring(i, endA), right.substring(j, endB));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
				continue;
			}
			int byLetter = Character.compare(Character.toLowerCase(a), Character.toLowerCase(b));
			if (byLetter != 0) {
				return byLetter;
			}
			i++;
			j++;
		}
		return Integer.compare(left.length() - i, right.length() - j);
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	/** By value, of any length: fewer significant digits is smaller. */
	private static int compareDigits(String a, String b) {
		String left = a.replaceFirst("^0+(?=.)", "");
		String right = b.replaceFirst("^0+(?=.)", "");
		if (left.length() != right.length()) {
			return Integer.compare(left.length(), right.length());
		}
		return left.compareTo(right);
	}

}
