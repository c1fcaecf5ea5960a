package io.trunkline.audit;

import io.trunkline.security.Caller;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records what a caller (a person, an API key, a job) was refused: a service method
 * (method security), an HTTP request, or a view ({@link DeniedNavigation}). Each in a
 * transaction of its own, since a refusal rolls back the transaction it interrupts.
 * Refusals of anonymous visitors (sent to the sign-in page) are not recorded.
 */
@Component
class RefusedAccess {

	private static final int TARGET_MAX = 200;

	private final AuditLog auditLog;

	RefusedAccess(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		Object target = (event.getObject() instanceof MethodInvocationResult result) ? result.getMethodInvocation()
				: event.getObject();
		if (target instanceof MethodInvocation invocation
				&& invocation.getMethod().getDeclaringClass() != AuditLog.class) {
			Class<?> type = invocation.getMethod().getDeclaringClass();
			record(authentication, AuditEntityType.SERVICE_METHOD,
					type.getSimpleName() + "." + invocation.getMethod().getName());
		}
		else if (target instanceof HttpServletRequest request && request.getDispatcherType() != DispatcherType.ERROR) {
			// The error page a refusal forwards to is refused too: the same refusal, not
			// recorded twice.
			record(authentication, AuditEntityType.WEB_REQUEST, request.getMethod() + " " + request.getRequestURI());
		}
	}

	/** A refused navigation to a view. */
	void deniedView(Authentication authentication, String path) {
		record(authentication, AuditEntityType.VIEW, "/" + path);
	}

	private void record(Authentication authentication, AuditEntityType type, String target) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return;
		}
		String text = ControlChars.replace(target);
		Long organizationId = (authentication.getPrincipal() instanceof Caller caller) ? caller.organizationId() : null;
		this.auditLog.writeAlone(Actor.of(authentication), organizationId, AuditAction.ACCESS_DENIED, type, null, null,
				Changes.none().set("target", (text.length() > TARGET_MAX) ? text.substring(0, TARGET_MAX) : text));
	}

}
