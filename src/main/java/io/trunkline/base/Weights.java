package io.trunkline.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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

	/**
	 * Scales positive weights so that they add up to exactly {@value #WHOLE}, by the
	 * largest-remainder method: each gets the whole part of its share, and the basis
	 * points left over go one by one to the largest fractions (the earlier weight on a
	 * tie). Every weight stays at least 1.
	 * @param weights at least one and at most {@value #WHOLE} weights, each at least 1
	 * @return the scaled weights, in the same order
	 */
	public static int[] rescale(int[] weights) {
		if (weights.length == 0 || weights.length > WHOLE || Arrays.stream(weights).anyMatch((w) -> w < 1)) {
			throw new IllegalArgumentException("From 1 to " + WHOLE + " weights, each at least 1");
		}
		long sum = Arrays.stream(weights).asLongStream().sum();
		int[] scaled = new int[weights.length];
		long[] fractions = new long[weights.length];
		for (int i = 0; i < weights.length; i++) {
			long share = weights[i] * (long) WHOLE;
			scaled[i] = (int) Math.max(1, share / sum);
			fractions[i] = share % sum;
		}
		int left = WHOLE - Arrays.stream(scaled).sum();
		Integer[] byFraction = IntStream.range(0, weights.length)
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> -fractions[i]).thenComparingInt((i) -> i))
			.toArray(Integer[]::new);
		for (int k = 0; left > 0; k = (k + 1) % byFraction.length, left--) {
			scaled[byFraction[k]]++;
		}
		// Only when raising tiny weights to 1 overshot: take from the largest.
		while (left < 0) {
			int largest = IntStream.range(0, scaled.length)
				.reduce((a, b) -> (scaled[b] > scaled[a]) ? b : a)
				.getAsInt();
			scaled[largest]--;
			left++;
		}
		return scaled;
	}

}
