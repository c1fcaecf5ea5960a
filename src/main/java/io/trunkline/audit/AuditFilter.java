package io.trunkline.audit;

import java.time.Instant;

import io.trunkline.base.PlainText;

/**
 * What the audit view shows: entries of a user (their email starts with {@code user},
 * without regard to case), of an action, about a kind of record, from {@code from}
 * (inclusive) to {@code to} (exclusive). {@code null} means any.
 */
public record AuditFilter(@PlainText String user, AuditAction action, AuditEntityType entityType, Instant from,
		Instant to) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

}
