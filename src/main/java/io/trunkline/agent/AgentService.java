package io.trunkline.agent;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.trunkline.base.Texts;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldException;
import io.trunkline.base.InUseException;
import io.trunkline.base.NaturalOrder;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agents of the caller's organization: everybody reads them, admins and agent
 * managers change them.
 */
@Service
@Validated
@Transactional
public class AgentService {

	private static final int FIND_CHUNK = 1000;

	private final AgentRepository agents;

	private final AgentUsage bindings;

	private final CurrentUser currentUser;

	private final AgentAudit audit;

	private final ConstraintTranslator constraints;

	AgentService(AgentRepository agents, AgentUsage bindings, CurrentUser currentUser, AgentAudit audit,
			ConstraintTranslator constraints) {
		this.constraints = constraints;
		this.agents = agents;
		this.bindings = bindings;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** The organization's agents by name. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<AgentSummary> list() {
		return this.agents.findByOrganizationIdOrderByNameKeyAscIdAsc(this.currentUser.organizationId())
			.stream()
			.map(AgentSummary::of)
			.sorted(Comparator.comparing(AgentSummary::name, NaturalOrder.INSTANCE))
			.toList();
	}

	/**
	 * One agent.
	 * @throws NotFoundException for an unknown id or another organization's agent
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public AgentSummary get(long id) {
		return AgentSummary.of(find(id));
	}

	/**
	 * The organization's agents among {@code ids}, by id, loaded in a few queries however
	 * many ids there are. Unknown ids and other organizations' agents are simply absent.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<Long, AgentSummary> find(Collection<Long> ids) {
		long organizationId = this.currentUser.organizationId();
		List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
		Map<Long, AgentSummary> found = new HashMap<>();
		for (int from = 0; from < distinct.size(); from += FIND_CHUNK) {
			List<Long> chunk = distinct.subList(from, Math.min(from + FIND_CHUNK, distinct.size()));
			for (Agent agent : this.agents.findByOrganizationIdAndIdIn(organizationId, chunk)) {
				found.put(agent.getId(), AgentSummary.of(agent));
			}
		}
		return found;
	}

	/**
	 * Adds an agent; a blank external id is generated ({@code agt_} and 12 random
	 * characters).
	 * @throws FieldException when the name (in any case) or external id is taken, or a
	 * tag is wrong
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public AgentSummary create(@Valid AgentCommand command) {
		AgentSummary created = apply(new Agent(this.currentUser.organizationId()), command);
		this.audit.created(created);
		return created;
	}

	/**
	 * Changes an agent as it was at {@code version}. A blank external id keeps the
	 * current one: the voice platform knows the agent by it.
	 * @throws ConcurrentChangeException when someone else saved it meanwhile
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public AgentSummary update(long id, long version, @Valid AgentCommand command) {
		Agent agent = find(id);
		if (agent.getVersion() != version) {
			throw new ConcurrentChangeException();
		}
		AgentSummary before = AgentSummary.of(agent);
		AgentSummary after = apply(agent, command);
		this.audit.updated(before, after);
		return after;
	}

	/**
	 * Publishes the agent's next version (1 for the first).
	 * @return the agent with its new latest version
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public AgentSummary publishVersion(long id) {
		Agent agent = find(id);
		Instant now = Instant.now();
		int previous = agent.latestVersion();
		agent.versions.put(previous + 1, now);
		agent.updatedAt = now;
		try {
			AgentSummary published = AgentSummary.of(this.agents.saveAndFlush(agent));
			this.audit.published(id, published.name(), previous, published.latestVersion());
			return published;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		catch (DataIntegrityViolationException ex) {
			if (this.constraints.violates(ex, AgentConstraints.PK_AGENT_VERSION)) {
				throw new ConcurrentChangeException();
			}
			throw this.constraints.translate(ex);
		}
	}

	/** How many numbers use the agent, inbound or outbound. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long bindingCount(long id) {
		return this.bindings.countNumbers(this.currentUser.organizationId(), find(id).getId());
	}

	/** Agent id to how many numbers use it; agents no number uses are absent. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<Long, Long> bindingCounts() {
		return this.bindings.countNumbersByAgent(this.currentUser.organizationId());
	}

	/**
	 * Deletes an agent that no number uses, with its versions and tags.
	 * @throws InUseException at {@code agent}, naming how many numbers use it
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public void delete(long id) {
		Agent agent = find(id);
		long using = this.bindings.countNumbers(agent.getOrganizationId(), agent.getId());
		if (using > 0) {
			throw AgentConstraints.inUse(using);
		}
		AgentSummary before = AgentSummary.of(agent);
		try {
			this.agents.delete(agent);
			this.agents.flush();
		}
		catch (DataIntegrityViolationException ex) {
			if (this.constraints.violates(ex, AgentConstraints.FK_NUMBER_BINDING_AGENT)) {
				throw AgentConstraints.inUse(this.bindings.countNumbers(agent.getOrganizationId(), agent.getId()));
			}
			throw this.constraints.translate(ex);
		}
		this.audit.deleted(before, null);
	}

	/**
	 * Unbinds the agent from every number, then deletes it, in one transaction. Where the
	 * agent shared a number's list for a direction with other agents, the weights left in
	 * that list are rescaled to add up to exactly 10000 basis points (100 %), by the
	 * largest-remainder method, each staying at least 1; their order is kept. A list that
	 * held only this agent is simply gone.
	 * @return how many numbers were unbound
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public int deleteWithBindings(long id) {
		Agent agent = find(id);
		AgentSummary before = AgentSummary.of(agent);
		int unbound = this.bindings.unbind(agent.getOrganizationId(), agent.getId());
		this.agents.delete(agent);
		this.agents.flush();
		this.audit.deleted(before, unbound);
		return unbound;
	}

	private AgentSummary apply(Agent agent, AgentCommand command) {
		String name = command.getName().strip();
		long id = (agent.getId() != null) ? agent.getId() : -1L;
		if (this.agents.existsByOrganizationIdAndNameKeyAndIdNot(agent.getOrganizationId(), Agent.nameKey(name), id)) {
			throw AgentConstraints.nameTaken();
		}
		String externalId = command.getExternalId().strip();
		if (externalId.isEmpty()) {
			externalId = (agent.externalId != null) ? agent.externalId : ExternalIds.generate((candidate) -> this.agents
				.existsByOrganizationIdAndExternalIdAndIdNot(agent.getOrganizationId(), candidate, -1L));
		}
		else if (this.agents.existsByOrganizationIdAndExternalIdAndIdNot(agent.getOrganizationId(), externalId, id)) {
			throw AgentConstraints.externalIdTaken();
		}
		Map<String, Integer> tags = AgentConstraints.checkTags(command.getTags(), agent.versions.keySet());
		agent.rename(name);
		agent.description = Texts.blankToNull(command.getDescription());
		agent.externalId = externalId;
		agent.tags.keySet().retainAll(tags.keySet());
		agent.tags.putAll(tags);
		agent.updatedAt = Instant.now();
		try {
			return AgentSummary.of(this.agents.saveAndFlush(agent));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		catch (DataIntegrityViolationException ex) {
			throw this.constraints.translate(ex);
		}
	}

	private Agent find(long id) {
		return this.agents.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Agent"));
	}

}
