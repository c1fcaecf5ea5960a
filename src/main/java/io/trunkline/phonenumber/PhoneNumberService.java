package io.trunkline.phonenumber;

import java.util.Collection;
import java.util.List;

import io.trunkline.audit.Changes;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.organization.OrganizationService;
import io.trunkline.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The phone numbers of the caller's organization. Everybody signed in reads them; admins
 * and agent managers change them. Each number is unique in its organization in normalized
 * form.
 */
@Service
@Validated
@Transactional
public class PhoneNumberService {

	/** The one message for a number that exists already, however it was typed. */
	public static final String DUPLICATE = "Number already present in this organization";

	private final PhoneNumberRepository numbers;

	private final PhoneNumberSearch search;

	private final PhoneNumberRules rules;

	private final BindingStore bindings;

	private final AgentColumns agentColumns;

	private final OrganizationService organizations;

	private final CurrentUser currentUser;

	private final NumberAudit audit;

	PhoneNumberService(PhoneNumberRepository numbers, PhoneNumberSearch search, PhoneNumberRules rules,
			BindingStore bindings, AgentColumns agentColumns, OrganizationService organizations,
			CurrentUser currentUser, NumberAudit audit) {
		this.audit = audit;
		this.bindings = bindings;
		this.agentColumns = agentColumns;
		this.numbers = numbers;
		this.search = search;
		this.rules = rules;
		this.organizations = organizations;
		this.currentUser = currentUser;
	}

	/** One page of the grid, filtered and sorted. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<PhoneNumberRow> page(@Valid NumberFilter filter, Pageable pageable) {
		long organizationId = this.currentUser.organizationId();
		return this.agentColumns.fill(organizationId, this.search.page(organizationId, region(), filter, pageable));
	}

	/** How many numbers match the filter. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long count(@Valid NumberFilter filter) {
		return this.search.count(this.currentUser.organizationId(), region(), filter);
	}

	/** One number; another organization's number is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PhoneNumberDetails get(long id) {
		PhoneNumber entity = find(id);
		return PhoneNumberDetails.of(entity, this.bindings.read(entity.organizationId, List.of(id)).get(id));
	}

	/** Adds a number after normalizing and checking every field. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public PhoneNumberDetails create(@Valid PhoneNumberCommand command) {
		PhoneNumber entity = new PhoneNumber(this.currentUser.organizationId());
		PhoneNumberDetails created = save(entity, this.rules.apply(entity, command, region()));
		this.audit.created(created);
		return created;
	}

	/**
	 * Changes a number as it was at {@code version}.
	 * @throws ConcurrentChangeException when someone else saved it meanwhile
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public PhoneNumberDetails update(long id, long version, @Valid PhoneNumberCommand command) {
		PhoneNumber entity = find(id);
		if (entity.getVersion() != version || bindingsChanged(entity, command)) {
			throw new ConcurrentChangeException();
		}
		PhoneNumberDetails before = PhoneNumberDetails.of(entity,
				this.bindings.read(entity.organizationId, List.of(id)).get(id));
		PhoneNumberDetails after = save(entity, this.rules.apply(entity, command, region()));
		this.audit.updated(before, after);
		return after;
	}

	/**
	 * Activates or deactivates numbers of the organization; returns how many changed. The
	 * audit trail gets one entry for all of them.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public int setActive(Collection<Long> ids, boolean active) {
		int changed = ids.isEmpty() ? 0
				: this.numbers.setActive(this.currentUser.organizationId(), ids, active, java.time.Instant.now());
		if (changed > 0) {
			this.audit.activeSet(ids, active, changed);
		}
		return changed;
	}

	/**
	 * Deletes numbers of the organization; returns how many were deleted. The audit trail
	 * gets one entry for all of them.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public int delete(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		long organizationId = this.currentUser.organizationId();
		List<String> first = this.numbers.numbersOf(organizationId,
				ids.stream().sorted().limit(Changes.IDS_MAX).toList());
		int deleted = this.numbers.deleteAll(organizationId, ids);
		if (deleted > 0) {
			this.audit.deleted(ids, first, deleted);
		}
		return deleted;
	}

	private PhoneNumberDetails save(PhoneNumber entity, NumberBindings bindings) {
		try {
			PhoneNumber saved = this.numbers.saveAndFlush(entity);
			for (Direction direction : Direction.values()) {
				this.bindings.replace(saved.organizationId, List.of(saved.getId()), direction, bindings.of(direction));
			}
			return PhoneNumberDetails.of(saved, bindings);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase().contains("uk_phone_number_org")) {
				throw new FieldException("number", DUPLICATE);
			}
			throw ex;
		}
	}

	private boolean bindingsChanged(PhoneNumber entity, PhoneNumberCommand command) {
		if (command.getBindingsStamp() == null) {
			return false;
		}
		NumberBindings stored = this.bindings.read(entity.organizationId, List.of(entity.getId())).get(entity.getId());
		return !stored.stamp().equals(command.getBindingsStamp());
	}

	private PhoneNumber find(long id) {
		return this.numbers.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Number"));
	}

	private String region() {
		return this.organizations.current().defaultRegion();
	}

}
