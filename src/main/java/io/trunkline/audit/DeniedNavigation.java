package io.trunkline.audit;

import java.util.List;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;

/**
 * Vaadin's navigation access control as configured by default (annotations on views
 * decide; {@code VaadinSecurityConfigurer} sets the login view and enables it), with one
 * addition: a signed-in person refused a view is recorded. Menu checks, which ask the
 * same question without navigating, are not.
 */
@Configuration
class DeniedNavigation {

	@Bean
	NavigationAccessControlConfigurer navigationAccessControlConfigurer(@Lazy RefusedAccess refusals) {
		return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
			.withDecisionResolver(new RecordingResolver(refusals));
	}

	private static final class RecordingResolver implements AccessCheckDecisionResolver {

		private final DefaultAccessCheckDecisionResolver standard = new DefaultAccessCheckDecisionResolver();

		private final transient RefusedAccess refusals;

		RecordingResolver(RefusedAccess refusals) {
			this.refusals = refusals;
		}

		@Override
		public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
			AccessCheckResult result = this.standard.resolve(results, context);
			if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()
					&& context.getPrincipal() instanceof Authentication authentication) {
				this.refusals.deniedView(authentication, context.getLocation().getPath());
			}
			return result;
		}

	}

}
