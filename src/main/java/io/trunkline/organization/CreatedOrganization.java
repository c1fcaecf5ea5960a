package io.trunkline.organization;

import io.trunkline.security.NewAccount;

/**
 * A new organization and its first admin's account.
 */
public record CreatedOrganization(OrganizationSummary organization, NewAccount admin) {

}
