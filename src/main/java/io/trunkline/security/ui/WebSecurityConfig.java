package io.trunkline.security.ui;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.trunkline.security.AccountCheck;
import io.trunkline.security.RateBuckets;
import io.trunkline.security.SignInProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's configurer guards every route by its {@code @RolesAllowed},
 * {@code @PermitAll} or {@code @AnonymousAllowed}, and sends strangers to the sign-in
 * view. Sign-in posts from other sites are refused, sign-in requests are rate-limited per
 * client address, a sign-in gets a new session id, idle sessions end, each request checks
 * the person's account, and every response carries the security headers.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

	/**
	 * Only this origin's resources; no plugins, no framing, forms post only here. Vaadin
	 * needs inline scripts (its bootstrap page), {@code eval} (Flow runs the JavaScript
	 * the server sends through {@code new Function}) and inline styles (its components).
	 * Development mode's live reload connects by WebSocket to this origin, which
	 * {@code 'self'} allows.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInProperties signIn, RateBuckets signInBuckets,
			ObjectProvider<Clock> clocks, AccountCheck accounts, SecurityContextHolderStrategy contexts,
			VaadinDefaultRequestCache requestCache) throws Exception {
		Clock clock = clocks.getIfAvailable(Clock::systemUTC);
		// Without a marker parameter, a sign-in lands on the page asked for, not on
		// "/?continue".
		HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
		savedRequests.setMatchingRequestParameterName(null);
		requestCache.setDelegateRequestCache(savedRequests);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/styles.css", "/images/**", "/favicon.ico", "/favicon.svg")
					.permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class, "/login"));
		http.addFilterBefore(new IdleSessions(clock), SecurityContextHolderFilter.class);
		http.addFilterAfter(new AccountFilter(accounts, contexts), SecurityContextHolderFilter.class);
		http.addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SignInRateLimit(signIn, signInBuckets), UsernamePasswordAuthenticationFilter.class);
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.withObjectPostProcessor(eagerHeaders()));
		return http.build();
	}

	/**
	 * Ahead of every other filter, so that a request whose parameters cannot be read is
	 * answered without a stack trace, whichever filter asked first.
	 */
	@Bean
	FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
		FilterRegistrationBean<UnreadableRequests> registration = new FilterRegistrationBean<>(
				new UnreadableRequests());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Spring writes headers when the response is committed, but Vaadin's pages are
	 * forwarded to its servlet, and the container commits a forwarded response itself:
	 * the headers would be lost. Written before the request is handled, they are there,
	 * and Vaadin keeps the X-Frame-Options it finds. (A static file then replaces the
	 * Cache-Control; the Pragma and Expires left beside it yield to Cache-Control.)
	 */
	private static ObjectPostProcessor<HeaderWriterFilter> eagerHeaders() {
		return new ObjectPostProcessor<>() {

			@Override
			public <F extends HeaderWriterFilter> F postProcess(F filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}

		};
	}

}
