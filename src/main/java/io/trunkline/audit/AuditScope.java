package io.trunkline.audit;

import io.trunkline.security.Role;
import io.trunkline.security.Caller;

/**
 * Which entries a caller may read: an admin those of their own organization, an operator
 * the platform-level ones (no organization). Nobody reads another organization's entries,
 * operators included.
 *
 * @param organizationId the organization whose entries are visible, or {@code null}
 */
record AuditScope(Long organizationId, boolean platform) {

	static AuditScope of(Caller caller) {
		return new AuditScope((caller.role() == Role.ADMIN) ? caller.organizationId() : null, caller.operator());
	}

	boolean isEmpty() {
		return this.organizationId == null && !this.platform;
	}

}
