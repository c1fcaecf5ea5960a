package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BindingRulesTest {

	private static final AgentSummary AVA = new AgentSummary(1, 0, "Ava", "", "agt_ava", 3, Map.of("prod", 2));

	private static final AgentSummary BEN = new AgentSummary(2, 0, "Ben", "", "agt_ben", 1, Map.of());

	private static final AgentSummary DRAFT = new AgentSummary(3, 0, "Draft", "", "agt_draft", 0, Map.of());

	private static final Map<Long, AgentSummary> AGENTS = Map.of(1L, AVA, 2L, BEN, 3L, DRAFT);

	@Test
	void a_single_agent_takes_one_hundred_percent_whatever_was_typed() {
		List<BindingLine> checked = check(List.of(new BindingLine(1, "", 1234)));
		assertThat(checked).containsExactly(new BindingLine(1, "latest", 10000));
	}

	@Test
	void several_agents_must_add_up_to_exactly_one_hundred_percent() {
		assertThat(check(List.of(new BindingLine(1, "prod", 6667), new BindingLine(2, "1", 3333)))).hasSize(2);
		assertRefused(List.of(new BindingLine(1, "latest", 6666), new BindingLine(2, "1", 3333)),
				"The weights add up to 99.99 %; they must add up to exactly 100 %");
		assertRefused(List.of(new BindingLine(1, "latest", 10000), new BindingLine(2, "1", 0)),
				"Every weight must be above 0 %");
		assertRefused(List.of(new BindingLine(1, "latest", 10001), new BindingLine(2, "1", -1)),
				"Every weight must be above 0 %");
	}

	@Test
	void each_agent_appears_once_and_belongs_to_the_organization() {
		assertRefused(List.of(new BindingLine(1, "latest", 5000), new BindingLine(1, "2", 5000)),
				"Ava appears twice; list each agent once");
		assertRefused(List.of(new BindingLine(99, "latest", 10000)), "Agent not found");
	}

	@Test
	void referenced_versions_and_tags_must_exist() {
		assertRefused(List.of(new BindingLine(1, "7", 10000)), "Ava has no version 7");
		assertRefused(List.of(new BindingLine(1, "beta", 10000)), "Ava has no tag beta");
		assertRefused(List.of(new BindingLine(3, "latest", 10000)), "Draft has no published version yet");
		assertThat(check(List.of(new BindingLine(1, "3", 10000)))).extracting(BindingLine::versionRef)
			.containsExactly("3");
	}

	@Test
	void a_number_that_does_not_take_the_direction_cannot_have_its_agents() {
		assertThatThrownBy(() -> BindingRules.check(Direction.OUTBOUND, List.of(new BindingLine(1, "latest", 10000)),
				false, AGENTS))
			.isInstanceOf(FieldException.class)
			.hasMessageStartingWith("This number does not take outbound calls")
			.extracting("field")
			.isEqualTo("outbound");
		assertThat(BindingRules.check(Direction.OUTBOUND, List.of(), false, AGENTS)).isEmpty();
	}

	private static List<BindingLine> check(List<BindingLine> lines) {
		return BindingRules.check(Direction.INBOUND, lines, true, AGENTS);
	}

	private static void assertRefused(List<BindingLine> lines, String message) {
		assertThatThrownBy(() -> check(lines)).isInstanceOf(FieldException.class)
			.hasMessage(message)
			.extracting("field")
			.isEqualTo("inbound");
	}

}
