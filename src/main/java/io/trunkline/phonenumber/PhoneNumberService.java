package io.trunkline.phonenumber;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.trunkline.audit.Changes;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldError;
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

	private final TrunkStatusColumn trunkStatusColumn;

	private final OrganizationService organizations;

	private final CurrentUser currentUser;

	private final NumberAudit audit;

	private final NumberContexts contexts;

	private final ConstraintTranslator constraints;

	private final ExistingNumbers existing;

	PhoneNumberService(PhoneNumberRepository numbers, PhoneNumberSearch search, PhoneNumberRules rules,
			BindingStore bindings, AgentColumns agentColumns, TrunkStatusColumn trunkStatusColumn,
			OrganizationService organizations, CurrentUser currentUser, NumberAudit audit, NumberContexts contexts,
			ConstraintTranslator constraints, ExistingNumbers existing) {
		this.trunkStatusColumn = trunkStatusColumn;
		this.constraints = constraints;
		this.existing = existing;
		this.audit = audit;
		this.contexts = contexts;
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
		return SharedValues.of(this.trunkStatusColumn.fill(this.agentColumns.fill(organizationId,
				this.search.page(organizationId, region(filter), filter, pageable))));
	}

	/**
	 * Up to {@code limit} numbers matching the filter with ids above {@code afterId}, by
	 * id (a cursor page of the API, stable while numbers are added).
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<PhoneNumberRow> pageAfter(NumberFilter filter, long afterId, int limit) {
		long organizationId = this.currentUser.organizationId();
		return this.trunkStatusColumn.fill(this.agentColumns.fill(organizationId,
				this.search.after(organizationId, region(filter), filter, afterId, limit)));
	}

	/** How many numbers match the filter. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long count(@Valid NumberFilter filter) {
		return this.search.count(this.currentUser.organizationId(), region(filter), filter);
	}

	/** One number; another organization's number is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public PhoneNumberDetails get(long id) {
		PhoneNumber entity = find(id);
		return PhoneNumberDetails.of(entity, this.bindings.read(entity.organizationId, List.of(id)).get(id));
	}

	/**
	 * Adds a number after normalizing and checking every field.
	 * @throws NumberPresentException when the organization has the number already
	 * @throws FieldException with every field error of the command at once
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public PhoneNumberDetails create(@Valid PhoneNumberCommand command) {
		long organizationId = this.currentUser.organizationId();
		NumberDraft draft = checked(organizationId, null, command);
		PhoneNumber entity = new PhoneNumber(organizationId);
		this.rules.write(entity, draft);
		PhoneNumberDetails created = save(entity, draft.bindings(), true, draft.bindings().inUse());
		this.audit.created(created);
		return created;
	}

	/**
	 * Changes a number as it was at {@code version}, with its agent lists as they were at
	 * the command's bindings version. An empty PIN keeps the stored one.
	 * @throws ConcurrentChangeException when someone else saved it, or bound agents to
	 * it, meanwhile
	 * @throws FieldException with every field error of the command at once, or at
	 * {@code bindingsVersion} when the command carries none
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public PhoneNumberDetails update(long id, long version, @Valid PhoneNumberCommand command) {
		PhoneNumber entity = find(id);
		Long bindingsVersion = command.getBindingsVersion();
		if (bindingsVersion == null) {
			throw new FieldException("bindingsVersion", NumberErrors.BINDINGS_VERSION_REQUIRED,
					"The version of the agent lists is missing: reload the number");
		}
		if (entity.getVersion() != version || entity.bindingsVersion != bindingsVersion) {
			throw new ConcurrentChangeException();
		}
		NumberDraft draft = checked(entity.organizationId, id, command);
		String storedPin = entity.inboundPin;
		PhoneNumberDetails before = PhoneNumberDetails.of(entity,
				this.bindings.read(entity.organizationId, List.of(id)).get(id));
		if (!this.bindings.bump(entity.organizationId, id, bindingsVersion)) {
			throw new ConcurrentChangeException();
		}
		String pin = command.isClearInboundPin() ? null : (draft.inboundPin() != null) ? draft.inboundPin() : storedPin;
		this.rules.write(entity, draft.withInboundPin(pin));
		entity.bindingsVersion = bindingsVersion + 1;
		PhoneNumberDetails after = save(entity, draft.bindings(), false, !before.bindings().equals(draft.bindings()));
		this.audit.updated(before, after, !Objects.equals(storedPin, pin));
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

	private PhoneNumberDetails save(PhoneNumber entity, NumberBindings bindings, boolean created,
			boolean bindingsChanged) {
		try {
			PhoneNumber saved = this.numbers.saveAndFlush(entity);
			for (Direction direction : Direction.values()) {
				if (created) {
					this.bindings.add(saved.organizationId, List.of(saved.getId()), direction, bindings.of(direction));
				}
				else {
					this.bindings.replace(saved.organizationId, List.of(saved.getId()), direction,
							bindings.of(direction));
				}
			}
			if (bindingsChanged) {
				saved.bindingsChangedAt = saved.updatedAt;
				this.bindings.stamp(saved.organizationId, List.of(saved.getId()), saved.bindingsChangedAt);
			}
			return PhoneNumberDetails.of(saved, bindings);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		catch (DataIntegrityViolationException ex) {
			RuntimeException translated = this.constraints.translate(ex);
			if (translated instanceof FieldException refused
					&& this.constraints.violates(ex, NumberConstraints.UNIQUE_NUMBER)) {
				// Lost a race with a save of the same number: answered as the check above
				// would.
				throw new NumberPresentException(refused.getErrors(),
						this.existing.idOf(entity.organizationId, entity.number)
							.orElseThrow(ConcurrentChangeException::new));
			}
			throw translated;
		}
	}

	private NumberDraft checked(long organizationId, Long id, PhoneNumberCommand command) {
		NumberCheck check = NumberChecker.check(command, this.contexts.of(command));
		List<FieldError> errors = this.rules.stored(organizationId, id, check);
		if (errors.stream().anyMatch((error) -> NumberErrors.NUMBER_ALREADY_PRESENT.equals(error.code()))) {
			Long existing = this.numbers.findIdByNumber(organizationId, check.normalized().e164()).orElse(null);
			if (existing != null) {
				throw new NumberPresentException(errors, existing);
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		return check.draft();
	}

	private PhoneNumber find(long id) {
		return this.numbers.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Number"));
	}

	/**
	 * The organization's default region when the filter reads typed text in it, otherwise
	 * {@code null}: a page without a text filter reads no organization.
	 */
	private String region(NumberFilter filter) {
		return filter.hasText() ? this.organizations.current().defaultRegion() : null;
	}

}
