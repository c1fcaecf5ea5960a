package io.trunkline.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Method security: every service method states who may call it. The web side is
 * {@code security.ui.WebSecurityConfig}.
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

}
