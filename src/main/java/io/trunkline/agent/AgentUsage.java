package io.trunkline.agent;

import java.util.Map;

/**
 * What the agent feature needs to know of the numbers bound to its agents. The phone
 * number feature owns the bindings and implements it, with its own tables and weights
 * rule; this package names no table of it. Runs in the caller's transaction.
 */
public interface AgentUsage {

	/** How many numbers use the agent, in either direction. */
	long countNumbers(long organizationId, long agentId);

	/** Agent id to how many numbers use it, for the agents that have bindings. */
	Map<Long, Long> countNumbersByAgent(long organizationId);

	/**
	 * Removes the agent from every number it is bound to; the weights left in each list
	 * add up to 100 % again.
	 * @return how many numbers lost the agent
	 */
	int unbind(long organizationId, long agentId);

}
