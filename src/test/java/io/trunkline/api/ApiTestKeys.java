package io.trunkline.api;

import io.trunkline.apikey.ApiKeyService;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.apikey.NewApiKey;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;

import org.springframework.boot.test.context.TestComponent;

/**
 * API keys made the way an admin makes them in the console: through the service, signed
 * in as the organization's admin.
 */
@TestComponent
public class ApiTestKeys {

	private final TestAccounts accounts;

	private final ApiKeyService keys;

	ApiTestKeys(TestAccounts accounts, ApiKeyService keys) {
		this.accounts = accounts;
		this.keys = keys;
	}

	public CreatedApiKey create(Org org, Role role) {
		CreatedApiKey[] created = new CreatedApiKey[1];
		this.accounts.as(org.adminEmail(),
				() -> created[0] = this.keys.create(new NewApiKey(role.label() + " key", role, 90)));
		return created[0];
	}

	public void revoke(Org org, long id) {
		this.accounts.as(org.adminEmail(), () -> this.keys.revoke(id));
	}

}
