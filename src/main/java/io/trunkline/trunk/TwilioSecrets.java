package io.trunkline.trunk;

import java.util.List;

import io.trunkline.security.crypto.SecretStore;
import io.trunkline.security.crypto.StoredSecret;

import org.springframework.stereotype.Component;

/**
 * The stored Twilio auth tokens, as ciphertexts, for key rotation.
 */
@Component
class TwilioSecrets implements SecretStore {

	private final TwilioIntegrationRepository integrations;

	TwilioSecrets(TwilioIntegrationRepository integrations) {
		this.integrations = integrations;
	}

	@Override
	public String name() {
		return "Twilio auth tokens";
	}

	@Override
	public List<StoredSecret> secrets() {
		return this.integrations.findByEncryptedTokenIsNotNull()
			.stream()
			.map((integration) -> new StoredSecret(TwilioIntegrationService.context(integration),
					integration.encryptedToken))
			.toList();
	}

	@Override
	public boolean replace(StoredSecret secret, String ciphertext) {
		return this.integrations.replaceToken(secret.context().rowId(), secret.ciphertext(), ciphertext) == 1;
	}

}
