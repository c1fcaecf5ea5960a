package io.trunkline.security;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The people of an organization. Every method works inside the caller's organization
 * only; a person of another organization is "not found".
 */
@Service
@Validated
@Transactional
public class UserService {

	static final String LAST_ADMIN = "An organization needs at least one enabled admin";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final ConstraintTranslator constraints;

	UserService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
			ApplicationEventPublisher events, ConstraintTranslator constraints) {
		this.constraints = constraints;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.events = events;
	}

	/**
	 * Lists the caller's organization's people, a page at a time, without counting them
	 * all.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Slice<UserSummary> list(Pageable pageable) {
		return this.users.findByOrganizationId(this.currentUser.organizationId(), pageable).map(UserSummary::of);
	}

	/**
	 * One person of the caller's organization.
	 * @throws NotFoundException when the id is unknown or belongs to another organization
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public UserSummary get(long id) {
		return UserSummary.of(find(id));
	}

	/**
	 * Adds a person to the caller's organization with a temporary password they must
	 * change at their first sign-in.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public NewAccount create(@Valid NewUser command) {
		return insert(this.currentUser.organizationId(), command, null, false);
	}

	/**
	 * Changes a person's role or whether they may sign in. The last enabled admin can be
	 * neither demoted nor disabled, and nobody can disable themselves.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public UserSummary update(long id, @Valid UserUpdate update) {
		AppUser user = find(id);
		boolean losesAdmin = user.getRole() == Role.ADMIN && user.isEnabled()
				&& (update.getRole() != Role.ADMIN || !update.isEnabled());
		if (!update.isEnabled() && this.currentUser.get().filter((self) -> self.userId() == user.getId()).isPresent()) {
			throw new FieldException("enabled", "cannot_disable_self", "You cannot disable your own account");
		}
		if (losesAdmin && this.users.lockEnabledAdmins(user.getOrganizationId()).size() <= 1) {
			throw new FieldException(update.getRole() != Role.ADMIN ? "role" : "enabled", "last_admin", LAST_ADMIN);
		}
		UserSummary before = UserSummary.of(user);
		user.setRole(update.getRole());
		user.setEnabled(update.isEnabled());
		UserSummary after = UserSummary.of(this.users.saveAndFlush(user));
		this.events.publishEvent(new UserChanged(user.getOrganizationId(), before, after, false));
		return after;
	}

	/**
	 * Creates the first admin of an organization that has nobody yet. For operators.
	 * @param password the password to set, or {@code null} to generate a temporary one
	 * @param operator whether the admin is also a platform operator
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public NewAccount createFirstAdmin(long organizationId, @Valid NewUser command, String password, boolean operator) {
		if (this.users.countByOrganizationId(organizationId) > 0) {
			throw new IllegalStateException("The organization already has users");
		}
		command.setRole(Role.ADMIN);
		return insert(organizationId, command, password, operator);
	}

	/**
	 * Replaces the caller's own password after checking the current one.
	 */
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String currentPassword, String newPassword) {
		AppUser user = find(this.currentUser.require().userId());
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new FieldException("currentPassword", "wrong_current_password",
					"The current password is not correct");
		}
		Passwords.check("newPassword", newPassword);
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			throw new FieldException("newPassword", "password_unchanged",
					"Choose a password different from the current one");
		}
		user.setPassword(this.passwordEncoder.encode(newPassword), false);
		this.currentUser.replace(Caller.Person.of(user));
		UserSummary summary = UserSummary.of(user);
		this.events.publishEvent(new UserChanged(user.getOrganizationId(), summary, summary, true));
	}

	private NewAccount insert(long organizationId, NewUser command, String password, boolean operator) {
		String email = Emails.normalize(command.getEmail());
		if (this.users.existsByEmail(email)) {
			throw UserConstraints.emailTaken();
		}
		boolean generated = password == null;
		String initial = generated ? PasswordGenerator.generate() : password;
		if (!generated) {
			Passwords.check("password", initial);
		}
		AppUser user = new AppUser(organizationId, email, command.getDisplayName().strip(),
				this.passwordEncoder.encode(initial), command.getRole());
		user.setOperator(operator);
		user.setPassword(user.getPasswordHash(), generated);
		try {
			user = this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw this.constraints.translate(ex);
		}
		this.events.publishEvent(new UserChanged(organizationId, null, UserSummary.of(user), false));
		return new NewAccount(user.getId(), email, generated ? initial : null);
	}

	private AppUser find(long id) {
		return this.users.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("User"));
	}

}
