package io.trunkline.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security: every service method states who may call it; and how a password
 * sign-in is checked. The web side is {@code security.ui.WebSecurityConfig}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	/**
	 * Spring's delegating encoder: bcrypt today, upgradeable later without a migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Publishes refused method calls and requests as {@code AuthorizationDeniedEvent}s,
	 * which the audit trail records. Without this bean Spring Security publishes none.
	 */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * No observations of Spring Security's filters, authentications and authorizations:
	 * no tracing backend is configured. Turning them off by property
	 * ({@code management.observations.enable.spring.security}) still wrapped every filter
	 * of every request, and every method-security check, in an observation that was then
	 * dropped; with this bean nothing is wrapped.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring's email-and-password check behind the per-email backoff (in memory or in the
	 * database: {@link ProtectionStateConfig}).
	 */
	@Bean
	AuthenticationProvider authenticationProvider(TrunklineUserDetailsService users, PasswordEncoder encoder,
			SignInBackoff backoff) {
		DaoAuthenticationProvider passwords = new PasswordSignIn(users);
		passwords.setPasswordEncoder(encoder);
		return new BackoffAuthenticationProvider(passwords, backoff);
	}

}
