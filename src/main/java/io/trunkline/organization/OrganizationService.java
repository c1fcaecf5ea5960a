package io.trunkline.organization;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;
import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.NewAccount;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;
import io.trunkline.security.UserService;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Organizations (tenants). Operators open them together with their first admin; everybody
 * else only sees their own.
 */
@Service
@Validated
@Transactional
public class OrganizationService {

	private final OrganizationRepository organizations;

	private final UserService users;

	private final CurrentUser currentUser;

	private final AuditLog auditLog;

	private final ConstraintTranslator constraints;

	OrganizationService(OrganizationRepository organizations, UserService users, CurrentUser currentUser,
			AuditLog auditLog, ConstraintTranslator constraints) {
		this.constraints = constraints;
		this.organizations = organizations;
		this.users = users;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
	}

	/**
	 * The signed-in person's own organization.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public OrganizationSummary current() {
		return this.organizations.findById(this.currentUser.organizationId())
			.map(OrganizationSummary::of)
			.orElseThrow(() -> new NotFoundException("Organization"));
	}

	/**
	 * Locks the caller's organization until the transaction ends, so that bulk writers of
	 * one organization (imports) go one after the other on every instance.
	 * @throws NotFoundException when it is not the caller's organization
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForWriting(long organizationId) {
		if (organizationId != this.currentUser.organizationId()
				|| this.organizations.lockById(organizationId).isEmpty()) {
			throw new NotFoundException("Organization");
		}
	}

	/**
	 * Every organization, a page at a time. For operators.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional(readOnly = true)
	public Slice<OrganizationSummary> list(Pageable pageable) {
		return this.organizations.findAllBy(pageable).map(OrganizationSummary::of);
	}

	/**
	 * Opens an organization with its first admin, who gets a temporary password. For
	 * operators.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public CreatedOrganization create(@Valid NewOrganization command) {
		return insert(command, null, false);
	}

	/**
	 * Opens the very first organization of an empty installation; its admin is also an
	 * operator.
	 * @param password the admin's password, or {@code null} to generate one
	 * @throws IllegalStateException when any organization exists already
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public CreatedOrganization createFirst(@Valid NewOrganization command, String password) {
		if (this.organizations.count() > 0) {
			throw new IllegalStateException("Organizations exist already");
		}
		return insert(command, password, true);
	}

	/**
	 * Corrects an organization's name and default region. The region only changes how
	 * numbers typed from then on are read; stored numbers keep their country. For
	 * operators; audited with the changed fields.
	 * @throws FieldException with every broken rule at once
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public OrganizationSummary update(long id, @Valid OrganizationUpdate command) {
		Organization organization = this.organizations.findById(id)
			.orElseThrow(() -> new NotFoundException("Organization"));
		String name = command.getName().strip();
		if (!Regions.isSupported(command.getDefaultRegion())) {
			throw new FieldException("defaultRegion", "region_unknown", "Choose a region from the list");
		}
		Snapshot before = snapshot(organization);
		organization.update(name, command.getDefaultRegion());
		Organization saved = this.organizations.saveAndFlush(organization);
		Changes changes = Changes.updated(before, snapshot(saved));
		this.auditLog.recordPlatform(AuditAction.UPDATE, AuditEntityType.ORGANIZATION, saved.getId(), changes);
		return OrganizationSummary.of(saved);
	}

	private static Snapshot snapshot(Organization organization) {
		return new Snapshot().with("name", organization.getName())
			.with("defaultRegion", organization.getDefaultRegion());
	}

	private CreatedOrganization insert(NewOrganization command, String password, boolean operator) {
		String slug = command.getSlug().strip();
		if (!Regions.isSupported(command.getDefaultRegion())) {
			throw new FieldException("defaultRegion", "region_unsupported", "Choose a region from the list");
		}
		if (this.organizations.existsBySlug(slug)) {
			throw OrganizationConstraints.slugTaken();
		}
		Organization organization;
		try {
			organization = this.organizations
				.saveAndFlush(new Organization(command.getName().strip(), slug, command.getDefaultRegion()));
		}
		catch (DataIntegrityViolationException ex) {
			throw this.constraints.translate(ex);
		}
		// A platform-level entry: operators see it; the new admin's creation is the
		// organization's own first entry.
		this.auditLog.recordPlatform(AuditAction.CREATE, AuditEntityType.ORGANIZATION, organization.getId(),
				organization.getName(),
				Changes.created(new Snapshot().with("name", organization.getName())
					.with("slug", organization.getSlug())
					.with("defaultRegion", organization.getDefaultRegion())));
		NewUser admin = new NewUser(command.getAdminEmail(), command.getAdminName(), Role.ADMIN);
		NewAccount account;
		try {
			account = this.users.createFirstAdmin(organization.getId(), admin, password, operator);
		}
		catch (FieldException ex) {
			throw new FieldException(ex.getErrors()
				.stream()
				.map((error) -> error.field().equals("email")
						? new FieldError("adminEmail", error.code(), error.message()) : error)
				.toList());
		}
		return new CreatedOrganization(OrganizationSummary.of(organization), account);
	}

}
