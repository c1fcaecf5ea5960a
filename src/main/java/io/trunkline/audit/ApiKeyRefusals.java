package io.trunkline.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records refused API keys ({@link ApiKeyRefused}): a known key's in its organization, an
 * unknown one as a platform-level entry.
 */
@Component
class ApiKeyRefusals {

	private static final int TARGET_MAX = 200;

	private final AuditLog auditLog;

	ApiKeyRefusals(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void refused(ApiKeyRefused event) {
		Actor actor = new Actor(null, "api-key:" + ((event.keyId() != null) ? event.keyId() : "unknown"));
		String target = ControlChars.replace(event.target());
		this.auditLog.writeAlone(actor, event.organizationId(), AuditAction.API_KEY_REFUSED, AuditEntityType.API_KEY,
				event.apiKeyId(), null,
				Changes.none()
					.set("reason", event.reason())
					.set("target", (target.length() > TARGET_MAX) ? target.substring(0, TARGET_MAX) : target));
	}

}
