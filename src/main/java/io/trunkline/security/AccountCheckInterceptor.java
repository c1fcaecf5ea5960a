package io.trunkline.security;

import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Before every {@code @PreAuthorize} check, the caller's account is read again
 * ({@link AccountCheck}): a changed role is what the check then sees, and a disabled or
 * deleted account is refused whatever the method allows. This holds for service calls
 * that reach no HTTP filter (a push connection, a test) as for those that do.
 */
@Configuration(proxyBeanMethods = false)
class AccountCheckInterceptor {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor accountCheckBeforePreAuthorize(ObjectProvider<AccountCheck> accounts,
			ObjectProvider<SecurityContextHolderStrategy> contexts,
			ObjectProvider<AuthorizationEventPublisher> publishers) {
		ComposablePointcut guarded = new ComposablePointcut(new AnnotationMatchingPointcut(PreAuthorize.class, true))
			.union(new AnnotationMatchingPointcut(null, PreAuthorize.class, true));
		Deferred deferred = new Deferred(accounts);
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				guarded, deferred);
		interceptor.setOrder(AuthorizationInterceptorsOrder.FIRST.getOrder() + 1);
		contexts.ifAvailable(interceptor::setSecurityContextHolderStrategy);
		// looked up when a refusal is published: the publisher's configuration is no
		// infrastructure
		interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
			@Override
			public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
					AuthorizationResult result) {
				publishers
					.ifAvailable((publisher) -> publisher.publishAuthorizationEvent(authentication, object, result));
			}
		});
		return interceptor;
	}

	/**
	 * Abstains (so the method's own check decides) unless the account is gone or
	 * disabled. The beans it needs are looked up at the first call, not while the
	 * infrastructure is set up.
	 */
	private record Deferred(ObjectProvider<AccountCheck> accounts) implements AuthorizationManager<MethodInvocation> {

		@Override
		public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				MethodInvocation invocation) {
			return this.accounts.getObject().refresh() ? null : new AuthorizationDecision(false);
		}

	}

}
