package io.trunkline.trunk;

import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.SecretStore;

import org.springframework.stereotype.Component;

/**
 * Re-encrypts every stored trunk password with the current primary key (key rotation).
 */
@Component
class SipTrunkSecrets implements SecretStore {

	private final SipTrunkRepository trunks;

	SipTrunkSecrets(SipTrunkRepository trunks) {
		this.trunks = trunks;
	}

	@Override
	public String name() {
		return "SIP trunk passwords";
	}

	@Override
	public int reencryptAll(CredentialCipher cipher) {
		int count = 0;
		for (SipTrunk trunk : this.trunks.findByEncryptedPasswordIsNotNull()) {
			String password = StoredSecrets.open(cipher, trunk.encryptedPassword, TrunkService.context(trunk));
			trunk.encryptedPassword = StoredSecrets.seal(cipher, password, TrunkService.context(trunk));
			count++;
		}
		return count;
	}

}
