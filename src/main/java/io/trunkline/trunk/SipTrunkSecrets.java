package io.trunkline.trunk;

import java.util.List;

import io.trunkline.security.crypto.SecretStore;
import io.trunkline.security.crypto.StoredSecret;

import org.springframework.stereotype.Component;

/**
 * The stored trunk passwords, as ciphertexts, for key rotation.
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
	public List<StoredSecret> secrets() {
		return this.trunks.findByEncryptedPasswordIsNotNull()
			.stream()
			.map((trunk) -> new StoredSecret(TrunkService.context(trunk), trunk.encryptedPassword))
			.toList();
	}

	@Override
	public boolean replace(StoredSecret secret, String ciphertext) {
		return this.trunks.replacePassword(secret.context().rowId(), secret.ciphertext(), ciphertext) == 1;
	}

}
