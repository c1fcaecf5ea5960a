package io.trunkline.security.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The actuator's paths, before the console's chain: the health answer and its two probes
 * are public (no details), anything else under {@code /actuator} answers 404 (no redirect
 * to the sign-in page, nothing told about what exists). Stateless: a probe never creates
 * a session.
 */
@Configuration
class ProbeSecurityConfig {

	static final String[] PUBLIC = { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" };

	@Bean
	@Order(3)
	SecurityFilterChain probeFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
				.accessDeniedHandler((request, response, ex) -> response.sendError(HttpStatus.NOT_FOUND.value())))
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny())
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

}
