package io.trunkline.agent;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact weights in basis points: {@value #TOTAL} is 100 %.
 */
final class Weights {

	static final int TOTAL = 10000;

	private Weights() {
	}

	/**
	 * Scales positive weights so that they add up to exactly {@value #TOTAL}, by the
	 * largest-remainder method: each gets the whole part of its share, and the basis
	 * points left over go one by one to the largest fractions (the earlier weight on a
	 * tie). Every weight stays at least 1.
	 * @param weights at least one and at most {@value #TOTAL} weights, each at least 1
	 * @return the scaled weights, in the same order
	 */
	static int[] rescale(int[] weights) {
		if (weights.length == 0 || weights.length > TOTAL || Arrays.stream(weights).anyMatch((w) -> w < 1)) {
			throw new IllegalArgumentException("From 1 to " + TOTAL + " weights, each at least 1");
		}
		long sum = Arrays.stream(weights).asLongStream().sum();
		int[] scaled = new int[weights.length];
		long[] fractions = new long[weights.length];
		for (int i = 0; i < weights.length; i++) {
			long share = weights[i] * (long) TOTAL;
			scaled[i] = (int) Math.max(1, share / sum);
			fractions[i] = share % sum;
		}
		int left = TOTAL - Arrays.stream(scaled).sum();
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
