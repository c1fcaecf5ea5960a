package io.trunkline.security;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.trunkline.organization.CreatedOrganization;
import io.trunkline.organization.NewOrganization;
import io.trunkline.organization.OrganizationService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Creates organizations and people through the real services, and signs people in the way
 * Spring Security would after a successful sign-in.
 */
@TestComponent
public class TestAccounts {

	private final OrganizationService organizations;

	private final UserService users;

	private final AppUserRepository repository;

	private final TrunklineUserDetailsService userDetails;

	private final SecurityContextHolderStrategy contexts;

	private final PasswordEncoder passwordEncoder;

	TestAccounts(OrganizationService organizations, UserService users, AppUserRepository repository,
			TrunklineUserDetailsService userDetails, SecurityContextHolderStrategy contexts,
			PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
		this.contexts = contexts;
		this.organizations = organizations;
		this.users = users;
		this.repository = repository;
		this.userDetails = userDetails;
	}

	/**
	 * A new organization whose first admin has chosen their password.
	 */
	public Org newOrganization() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		NewOrganization command = new NewOrganization();
		command.setName("Org " + unique);
		command.setSlug("org-" + unique);
		command.setDefaultRegion("US");
		command.setAdminEmail("admin-" + unique + "@example.test");
		command.setAdminName("Admin " + unique);
		CreatedOrganization created = asOperator(() -> this.organizations.create(command));
		passwordChosen(created.admin().email());
		return new Org(created.organization().id(), created.organization().name(), created.admin().email(),
				created.admin().userId());
	}

	/**
	 * A person with the given role in the organization, added by its admin.
	 */
	public String addUser(Org org, Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		Authentication previous = context().getAuthentication();
		signIn(org.adminEmail());
		try {
			this.users.create(new NewUser(email, role.label() + " person", role));
		}
		finally {
			context().setAuthentication(previous);
		}
		passwordChosen(email);
		return email;
	}

	/**
	 * Gives a person a password they chose (for signing in through a browser).
	 */
	public void setPassword(String email, String password) {
		AppUser user = this.repository.findByEmail(email).orElseThrow();
		user.setPassword(this.passwordEncoder.encode(password), false);
		this.repository.saveAndFlush(user);
	}

	/** Deletes a person's account, as no view does yet. */
	public void delete(String email) {
		this.repository.delete(this.repository.findByEmail(email).orElseThrow());
		this.repository.flush();
	}

	public long idOf(String email) {
		return this.repository.findByEmail(email).orElseThrow().getId();
	}

	public boolean passwordMatches(String email, String rawPassword, PasswordEncoder encoder) {
		return encoder.matches(rawPassword, load(email).getPasswordHash());
	}

	public AppUser load(String email) {
		return this.repository.findByEmail(email).orElseThrow();
	}

	/**
	 * Signs the person in for service calls on this thread.
	 */
	public Authentication signIn(String email) {
		Caller.Person person = ((TrunklineUser) this.userDetails.loadUserByUsername(email)).person();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
				person.roleAuthorities());
		context().setAuthentication(authentication);
		return authentication;
	}

	public void signOut() {
		context().setAuthentication(null);
	}

	/**
	 * The security context of this test's Spring context. Several test contexts can live
	 * in one JVM, each with its own strategy; the static holder is pointed at this one's,
	 * so that code reading it (as Vaadin's does) sees the same context as method
	 * security.
	 */
	private SecurityContext context() {
		if (SecurityContextHolder.getContextHolderStrategy() != this.contexts) {
			SecurityContextHolder.setContextHolderStrategy(this.contexts);
		}
		return this.contexts.getContext();
	}

	/**
	 * Runs an action as another person, then restores whoever was signed in.
	 */
	public void as(String email, Runnable action) {
		Authentication previous = context().getAuthentication();
		signIn(email);
		try {
			action.run();
		}
		finally {
			context().setAuthentication(previous);
		}
	}

	/**
	 * Runs an action as a caller that did not sign in (an API key, a job), then restores
	 * whoever was signed in.
	 */
	public void as(Caller caller, Runnable action) {
		Authentication previous = context().getAuthentication();
		context().setAuthentication(new CallerAuthentication(caller));
		try {
			action.run();
		}
		finally {
			context().setAuthentication(previous);
		}
	}

	public <T> T asOperator(Supplier<T> action) {
		Authentication previous = context().getAuthentication();
		context().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-operator", null,
				List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
		try {
			return action.get();
		}
		finally {
			context().setAuthentication(previous);
		}
	}

	private void passwordChosen(String email) {
		AppUser user = this.repository.findByEmail(email).orElseThrow();
		user.setPassword(user.getPasswordHash(), false);
		this.repository.saveAndFlush(user);
	}

	/** A test organization and its first admin. */
	public record Org(long id, String name, String adminEmail, long adminId) {
	}

}
