package io.trunkline.trunk;

import java.util.Optional;

import io.trunkline.security.CurrentUser;
import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.SecretUnreadableException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a SIP registration check needs of a trunk's stored password: the digest HA1 for a
 * realm, computed inside the crypto package. The password itself never leaves it.
 */
@Component
public class TrunkPasswords {

	private final SipTrunkRepository trunks;

	private final CredentialCipher cipher;

	private final CurrentUser currentUser;

	TrunkPasswords(SipTrunkRepository trunks, CredentialCipher cipher, CurrentUser currentUser) {
		this.trunks = trunks;
		this.cipher = cipher;
		this.currentUser = currentUser;
	}

	/**
	 * The HA1 ({@code MD5(username:realm:password)}, hex) of the trunk's stored username
	 * and password, for the caller's organization's trunk.
	 * @return empty when the trunk has no username or password, or the password does not
	 * decrypt
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<String> digestHa1(long trunkId, String realm) {
		return this.trunks.findByIdAndOrganizationId(trunkId, this.currentUser.organizationId())
			.filter((trunk) -> trunk.authUsername != null && trunk.encryptedPassword != null)
			.flatMap((trunk) -> {
				try {
					return Optional.of(this.cipher.digestHa1(trunk.encryptedPassword, TrunkService.context(trunk),
							trunk.authUsername, realm));
				}
				catch (SecretUnreadableException ex) {
					return Optional.empty();
				}
			});
	}

}
