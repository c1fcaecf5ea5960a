package io.trunkline.phonenumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.organization.OrganizationService;
import io.trunkline.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agents bound to numbers: one number's lists, and the bulk action that sets the same
 * lists on many numbers in one transaction.
 */
@Service
@Transactional
@Validated
public class BindingService {

	private final PhoneNumberRepository numbers;

	private final PhoneNumberSearch search;

	private final BindingStore store;

	private final AgentService agents;

	private final OrganizationService organizations;

	private final CurrentUser currentUser;

	private final NumberAudit audit;

	BindingService(PhoneNumberRepository numbers, PhoneNumberSearch search, BindingStore store, AgentService agents,
			OrganizationService organizations, CurrentUser currentUser, NumberAudit audit) {
		this.audit = audit;
		this.numbers = numbers;
		this.search = search;
		this.store = store;
		this.agents = agents;
		this.organizations = organizations;
		this.currentUser = currentUser;
	}

	/** The agents of one number of the caller's organization. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public NumberBindings get(long numberId) {
		long organizationId = this.currentUser.organizationId();
		this.numbers.findByIdAndOrganizationId(numberId, organizationId)
			.orElseThrow(() -> new NotFoundException("Number"));
		return this.store.read(organizationId, List.of(numberId)).get(numberId);
	}

	/**
	 * Replaces one direction's agents of one number, as they were at the bindings version
	 * the caller read. An empty list unbinds.
	 * @return the stored lines and the new bindings version
	 * @throws ConcurrentChangeException when the agent lists changed since that version
	 * @throws FieldException at the direction's field when the list breaks a rule
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public DirectionBindings set(long numberId, Direction direction, long bindingsVersion, List<BindingLine> lines) {
		long organizationId = this.currentUser.organizationId();
		PhoneNumber number = this.numbers.findByIdAndOrganizationId(numberId, organizationId)
			.orElseThrow(() -> new NotFoundException("Number"));
		Map<Long, AgentSummary> known = this.agents
			.find(lines.stream().map(BindingLine::agentId).collect(Collectors.toSet()));
		boolean takes = (direction == Direction.INBOUND) ? number.supportsInbound : number.supportsOutbound;
		List<BindingLine> checked = BindingRules.check(direction, lines, takes, known);
		if (!this.store.bump(organizationId, numberId, bindingsVersion)) {
			throw new ConcurrentChangeException();
		}
		this.store.replace(organizationId, List.of(numberId), direction, checked);
		BulkBinding request = (direction == Direction.INBOUND) ? BulkBinding.selected(Set.of(numberId), checked, null)
				: BulkBinding.selected(Set.of(numberId), null, checked);
		this.audit.bound(request, List.of(numberId), known, new int[2]);
		return new DirectionBindings(bindingsVersion + 1, checked);
	}

	/**
	 * Sets the given directions' agents on every selected or matching number, all or
	 * nothing. Numbers that do not take calls in a direction are skipped for it and
	 * counted. The audit trail gets one entry for all of them.
	 * @throws FieldException with the errors of both directions at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public BulkBindResult bindAll(@Valid BulkBinding request) {
		long organizationId = this.currentUser.organizationId();
		List<BindTarget> targets = targets(organizationId, request);
		Map<Long, AgentSummary> known = this.agents.find(agentIds(request));
		Instant now = Instant.now();
		int[] set = new int[2];
		int[] skipped = new int[2];
		List<FieldError> errors = new ArrayList<>();
		List<List<BindingLine>> checked = new ArrayList<>();
		for (Direction direction : Direction.values()) {
			List<BindingLine> lines = request.of(direction);
			checked.add((lines != null) ? BindingRules.check(direction, lines, true, known, errors) : null);
		}
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		for (Direction direction : Direction.values()) {
			if (checked.get(direction.ordinal()) == null) {
				continue;
			}
			List<Long> ids = targets.stream().filter((t) -> t.takes(direction)).map(BindTarget::id).toList();
			this.store.replace(organizationId, ids, direction, checked.get(direction.ordinal()));
			this.store.bump(organizationId, ids);
			this.store.stamp(organizationId, ids, now);
			set[direction.ordinal()] = ids.size();
			skipped[direction.ordinal()] = targets.size() - ids.size();
		}
		this.audit.bound(request, targets.stream().map(BindTarget::id).toList(), known, skipped);
		return new BulkBindResult(targets.size(), set[0], skipped[0], set[1], skipped[1]);
	}

	private List<BindTarget> targets(long organizationId, BulkBinding request) {
		if (request.filter() != null) {
			String region = this.organizations.current().defaultRegion();
			return this.search.targets(organizationId, region, request.filter());
		}
		List<BindTarget> targets = new ArrayList<>();
		for (List<Long> chunk : BindingStore.chunks(request.numberIds())) {
			targets.addAll(this.numbers.targets(organizationId, chunk));
		}
		return targets;
	}

	private static Set<Long> agentIds(BulkBinding request) {
		Set<Long> ids = new HashSet<>();
		for (Direction direction : Direction.values()) {
			if (request.of(direction) != null) {
				request.of(direction).forEach((line) -> ids.add(line.agentId()));
			}
		}
		return ids;
	}

}
