package io.trunkline.phonenumber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Weights are exact: basis points (1 = 0.01 %), shown as percentages with two decimals.
 * No floating point is ever stored, so a list always adds up to exactly 100 %.
 */
public final class Weights {

	public static final int WHOLE = 10_000;

	private Weights() {
	}

	/**
	 * @return the basis points of a percentage, or -1 when it has more than two decimals
	 */
	public static int basisPoints(BigDecimal percent) {
		BigDecimal points = percent.movePointRight(2);
		if (points.stripTrailingZeros().scale() > 0) {
			return -1;
		}
		return points.intValueExact();
	}

	/** "33.33 %". */
	public static String percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " %";
	}

	/** The basis points as a percentage with two decimals, for a field. */
	public static BigDecimal asPercent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2);
	}

	/**
	 * Splits 100 % evenly over {@code count} agents, the remainder going to the first
	 * ones (3 agents: 33.34, 33.33, 33.33).
	 */
	public static List<Integer> even(int count) {
		List<Integer> weights = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			weights.add(WHOLE / count + ((i < WHOLE % count) ? 1 : 0));
		}
		return weights;
	}

}
