/**
 * API keys of an organization: an admin creates one with a name, a role and an expiry,
 * sees it once, and can revoke it; requests to the REST API ({@code io.trunkline.api})
 * authenticate with it through {@link io.trunkline.apikey.ApiKeyAuthenticator}. Only a
 * keyed digest of a key is stored. {@link io.trunkline.apikey.ApiKeyService} is the
 * security boundary.
 */
package io.trunkline.apikey;
