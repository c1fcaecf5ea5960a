/**
 * The audit trail: who changed what, when, in which organization. Features record their
 * changes with {@link io.trunkline.audit.AuditLog#record} inside the change's
 * transaction, describing the fields with {@link io.trunkline.audit.Changes} (never a
 * secret's value). Sign-ins, failed sign-ins and refused access are recorded by this
 * package's listeners; the security feature's own changes arrive as its events. Entries
 * are immutable: nothing here updates or deletes them. Admins read their organization's
 * entries, operators the platform-level ones ({@link io.trunkline.audit.AuditService}).
 */
package io.trunkline.audit;
