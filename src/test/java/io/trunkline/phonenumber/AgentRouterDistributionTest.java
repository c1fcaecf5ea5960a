package io.trunkline.phonenumber;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router picks agents in proportion to their weights: a chi-square goodness-of-fit
 * test over 100,000 picks from a seeded random source.
 */
class AgentRouterDistributionTest {

	/** Chi-square critical value for 3 degrees of freedom at p = 0.001. */
	private static final double CRITICAL_3_DF = 16.266;

	private static final int PICKS = 100_000;

	@Test
	void picks_follow_the_weights() {
		List<BindingLine> lines = List.of(new BindingLine(1, "latest", 5000), new BindingLine(2, "latest", 2500),
				new BindingLine(3, "latest", 1666), new BindingLine(4, "latest", 834));
		Map<Long, Integer> counts = pick(lines, new SplittableRandom(20261122L));
		double chiSquare = 0;
		for (BindingLine line : lines) {
			double expected = PICKS * line.weightBp() / 10_000.0;
			double observed = counts.getOrDefault(line.agentId(), 0);
			chiSquare += (observed - expected) * (observed - expected) / expected;
		}
		assertThat(chiSquare).isLessThan(CRITICAL_3_DF);
	}

	@Test
	void the_test_would_catch_a_router_that_ignores_the_weights() {
		List<BindingLine> lines = List.of(new BindingLine(1, "latest", 9000), new BindingLine(2, "latest", 1000));
		List<BindingLine> uniform = List.of(new BindingLine(1, "latest", 5000), new BindingLine(2, "latest", 5000));
		Map<Long, Integer> counts = pick(uniform, new SplittableRandom(7L));
		double chiSquare = 0;
		for (BindingLine line : lines) {
			double expected = PICKS * line.weightBp() / 10_000.0;
			double observed = counts.getOrDefault(line.agentId(), 0);
			chiSquare += (observed - expected) * (observed - expected) / expected;
		}
		assertThat(chiSquare).isGreaterThan(CRITICAL_3_DF);
	}

	@Test
	void a_single_agent_always_takes_the_call_and_tiny_weights_still_get_picked() {
		assertThat(pick(List.of(new BindingLine(9, "latest", 10000)), new SplittableRandom(1L))).containsEntry(9L,
				PICKS);
		Map<Long, Integer> counts = pick(List.of(new BindingLine(1, "latest", 9999), new BindingLine(2, "latest", 1)),
				new SplittableRandom(3L));
		assertThat(counts.getOrDefault(2L, 0)).isBetween(1, 40);
	}

	private static Map<Long, Integer> pick(List<BindingLine> lines, SplittableRandom random) {
		Map<Long, Integer> counts = new HashMap<>();
		for (int i = 0; i < PICKS; i++) {
			counts.merge(AgentRouter.pick(lines, random).agentId(), 1, Integer::sum);
		}
		return counts;
	}

}
