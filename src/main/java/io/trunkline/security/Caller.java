package io.trunkline.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling a service: a person signed in with their password, an API key, or a
 * system job. Method security sees the same role authorities for each;
 * {@link CurrentUser} gives the caller's organization, and the audit trail names the
 * caller from it. No variant holds a secret.
 */
public sealed interface Caller extends AuthenticatedPrincipal, Serializable
		permits Caller.Person, Caller.ApiKey, Caller.SystemJob {

	/** The organization the caller acts in, or {@code null} for a platform job. */
	Long organizationId();

	/** The role the caller has inside the organization, or {@code null} for none. */
	Role role();

	/** Whether the caller may act as a platform operator. */
	boolean operator();

	/** The person calling, or the one a job works for; {@code null} for none. */
	Long personId();

	/**
	 * How records of what the caller did name them: a person's email, a key's name, the
	 * person a job works for or {@code system}. Spring Security's name of the caller.
	 */
	@Override
	String getName();

	/** The authorities method security checks: {@code ROLE_<role>} and the operator's. */
	default List<GrantedAuthority> roleAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (role() != null) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role().name()));
		}
		if (operator()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.OPERATOR));
		}
		return authorities;
	}

	/**
	 * A person signed in with their email and password, as their account was when last
	 * checked (at sign-in, then at each request: see {@link AccountCheck}).
	 */
	record Person(long userId, Long organizationId, String email, String displayName, Role role, boolean operator,
			boolean passwordChangeRequired) implements Caller {

		@Override
		public Long personId() {
			return this.userId;
		}

		@Override
		public String getName() {
			return this.email;
		}

		static Person of(AppUser user) {
			return new Person(user.getId(), user.getOrganizationId(), user.getEmail(), user.getDisplayName(),
					user.getRole(), user.isOperator(), user.isPasswordChangeRequired());
		}

		Person with(AccountCheck.AccountState state) {
			return new Person(this.userId, this.organizationId, this.email, state.displayName(), state.role(),
					state.operator(), state.passwordChangeRequired());
		}

	}

	/**
	 * A program calling with an API key of one organization. The key grants a role, never
	 * the operator's; the key's secret stays with whoever checked it.
	 *
	 * @param id the key's database id
	 * @param keyId the key's public id (the part after {@code tlk_} that the console
	 * lists)
	 * @param keyName the key's name
	 */
	record ApiKey(long id, String keyId, Long organizationId, String keyName, Role role) implements Caller {

		public ApiKey {
			if (organizationId == null || role == null) {
				throw new IllegalArgumentException("An API key belongs to an organization and has a role");
			}
		}

		@Override
		public boolean operator() {
			return false;
		}

		@Override
		public Long personId() {
			return null;
		}

		@Override
		public String getName() {
			return "api-key:" + this.keyId;
		}

	}

	/**
	 * Work the system does in the background for an organization: an import run for the
	 * person who started it, or a check for no one. Built from the job's stored record on
	 * the job's own thread (see {@link CurrentUser#runAs}), never from a copied session.
	 *
	 * @param job what the job is (for logs and the audit trail)
	 * @param onBehalfOf the id of the person the job works for, or {@code null}
	 * @param onBehalfOfEmail their email as recorded with the job, or {@code null}
	 */
	record SystemJob(String job, Long organizationId, Long onBehalfOf, String onBehalfOfEmail, Role role,
			boolean operator) implements Caller {

		@Override
		public Long personId() {
			return this.onBehalfOf;
		}

		/** The person it works for, or {@code system}. */
		@Override
		public String getName() {
			return (this.onBehalfOfEmail != null) ? this.onBehalfOfEmail : "system";
		}

		/** A job that works in an organization for the person who started it. */
		public static SystemJob forPerson(String job, long organizationId, Long userId, String email, Role role) {
			return new SystemJob(job, organizationId, userId, email, role, false);
		}

		/** A job that works in an organization for no one in particular. */
		public static SystemJob forOrganization(String job, long organizationId, Role role) {
			return new SystemJob(job, organizationId, null, null, role, false);
		}

		/** The first start, before any organization exists: the platform operator. */
		static SystemJob firstStart() {
			return new SystemJob("first-start", null, null, null, null, true);
		}

	}

}
