package io.trunkline.security;

/**
 * Published inside the transaction of a change to a person: added ({@code before} is
 * {@code null}), role or sign-in permission changed, or password changed (never the
 * password itself). The audit trail records it.
 *
 * @param organizationId the person's organization (not necessarily the caller's: an
 * operator creates another organization's first admin)
 */
public record UserChanged(long organizationId, UserSummary before, UserSummary after, boolean passwordChanged) {

}
