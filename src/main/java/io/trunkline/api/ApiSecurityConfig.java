package io.trunkline.api;

import java.time.Clock;

import io.trunkline.apikey.ApiKeyAuthenticator;
import io.trunkline.security.RateBuckets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains before the console's ({@code security.ui.WebSecurityConfig}).
 * {@code /api/**} is stateless: an API key in each request is the only authentication (a
 * console session cookie is never read, no session is made, no CSRF token, no redirect to
 * the sign-in page), refusals are problem details. The OpenAPI document and Swagger UI
 * are public: they describe the API, and every call made from them still needs a key.
 */
@Configuration
class ApiSecurityConfig {

	/** Where the protection state is kept, {@code memory} or {@code database}. */
	static final String SHARED_STORE = "trunkline.sign-in.store";

	/**
	 * Swagger UI's page loads its own script and styles from this origin and sets inline
	 * styles; it needs no {@code eval} and no inline script (springdoc serves its
	 * initializer as a file).
	 */
	static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	ApiJson apiJson(ObjectProvider<ErrorShape> shapes) {
		return new ApiJson(shapes);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator authenticator,
			SecurityContextHolderStrategy contexts, ApiJson json, ApiProperties properties, JdbcTemplate jdbc,
			ObjectProvider<Clock> clock, ApplicationEventPublisher events, ObjectProvider<RateBuckets> sharedBuckets,
			@Value("${" + SHARED_STORE + ":memory}") String protectionStore) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				json.write(request, response, Problems.unauthorized());
			})
				.accessDeniedHandler((request, response, ex) -> json.write(request, response,
						Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This API key may not do this."))))
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny())
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		// The shared protection state, when configured, holds the API's buckets too.
		RateBuckets shared = "database".equals(protectionStore) ? sharedBuckets.getObject() : null;
		ApiKeyFilter keys = new ApiKeyFilter(authenticator, contexts, json,
				new RefusedKeyLimit(properties.refusedKeyLimit(), shared), events);
		ApiKeyBuckets buckets = new ApiKeyBuckets(properties.rateLimit(), shared);
		RateLimitFilter rateLimit = new RateLimitFilter(buckets, contexts, json);
		BodyLimitFilter bodyLimit = new BodyLimitFilter(properties.maxBodyBytes(), properties.importMaxBodyBytes(),
				json);
		IdempotencyStore store = new IdempotencyStore(jdbc, clock.getIfAvailable(Clock::systemUTC),
				properties.idempotencyLease());
		http.addFilterBefore(keys, AuthorizationFilter.class)
			.addFilterAfter(rateLimit, ApiKeyFilter.class)
			.addFilterAfter(bodyLimit, RateLimitFilter.class)
			.addFilterAfter(new IdempotencyFilter(store, contexts, json), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
