package io.trunkline.audit;

import io.trunkline.security.Role;
import io.trunkline.security.TrunklineUser;

/**
 * Which entries a person may read: an admin those of their own organization, an operator
 * the platform-level ones (no organization). Nobody reads another organization's entries,
 * operators included.
 *
 * @param organizationId the organization whose entries are visible, or {@code null}
 */
record AuditScope(Long organizationId, boolean platform) {

	static AuditScope of(TrunklineUser user) {
		return new AuditScope((user.role() == Role.ADMIN) ? user.organizationId() : null, user.operator());
	}

	boolean isEmpty() {
		return this.organizationId == null && !this.platform;
	}

}
