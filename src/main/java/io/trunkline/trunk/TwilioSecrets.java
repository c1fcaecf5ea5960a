package io.trunkline.trunk;

import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.SecretStore;

import org.springframework.stereotype.Component;

/**
 * Re-encrypts every stored Twilio auth token with the current primary key (key rotation).
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
	public int reencryptAll(CredentialCipher cipher) {
		int count = 0;
		for (TwilioIntegration integration : this.integrations.findByEncryptedTokenIsNotNull()) {
			String token = StoredSecrets.open(cipher, integration.encryptedToken,
					TwilioIntegrationService.context(integration));
			integration.encryptedToken = StoredSecrets.seal(cipher, token,
					TwilioIntegrationService.context(integration));
			count++;
		}
		return count;
	}

}
