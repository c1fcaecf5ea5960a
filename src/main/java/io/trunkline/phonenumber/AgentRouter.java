package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.agent.VersionRef;
import io.trunkline.base.NotFoundException;
import io.trunkline.base.Weights;
import io.trunkline.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "which agent takes this call": for a number and a direction it picks one of the
 * bound agents at random, with probability proportional to its weight, and resolves its
 * version reference to a concrete version. The piece a call path would use.
 */
@Service
@Transactional(readOnly = true)
public class AgentRouter {

	private final PhoneNumberRepository numbers;

	private final BindingStore store;

	private final AgentService agents;

	private final CurrentUser currentUser;

	AgentRouter(PhoneNumberRepository numbers, BindingStore store, AgentService agents, CurrentUser currentUser) {
		this.numbers = numbers;
		this.store = store;
		this.agents = agents;
		this.currentUser = currentUser;
	}

	/**
	 * @return the chosen agent and version, or empty when no agent is bound (or none
	 * resolves)
	 */
	@PreAuthorize("isAuthenticated()")
	public Optional<Route> route(long numberId, Direction direction, RandomGenerator random) {
		long organizationId = this.currentUser.organizationId();
		this.numbers.findByIdAndOrganizationId(numberId, organizationId)
			.orElseThrow(() -> new NotFoundException("Number"));
		List<BindingLine> lines = this.store.read(organizationId, List.of(numberId)).get(numberId).of(direction);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, AgentSummary> known = this.agents
			.find(lines.stream().map(BindingLine::agentId).collect(Collectors.toSet()));
		BindingLine chosen = pick(lines, random);
		AgentSummary agent = known.get(chosen.agentId());
		if (agent == null) {
			return Optional.empty();
		}
		return agent.resolve(VersionRef.parse(chosen.versionRef()))
			.map((version) -> new Route(agent.id(), agent.externalId(), version));
	}

	/**
	 * Picks a line with probability weight / 10000: a uniform draw in [0, 10000) falls
	 * into the line whose cumulative weight range contains it.
	 */
	static BindingLine pick(List<BindingLine> lines, RandomGenerator random) {
		int draw = random.nextInt(Weights.WHOLE);
		int cumulative = 0;
		for (BindingLine line : lines) {
			cumulative += line.weightBp();
			if (draw < cumulative) {
				return line;
			}
		}
		return lines.get(lines.size() - 1);
	}

	/**
	 * Where a call goes: the agent, the id the voice platform knows it by, and its
	 * version.
	 */
	public record Route(long agentId, String externalId, int version) {
	}

}
