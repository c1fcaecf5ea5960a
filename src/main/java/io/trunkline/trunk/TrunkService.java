package io.trunkline.trunk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.trunkline.base.Counted;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;
import io.trunkline.base.Texts;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.InUseException;
import io.trunkline.base.NaturalOrder;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.SecretContext;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The SIP trunks of the caller's organization. Everybody signed in may list them (numbers
 * show their trunk); only admins change them. Passwords are write-only.
 */
@Service
@Validated
@Transactional
public class TrunkService {

	private final SipTrunkRepository trunks;

	private final CredentialCipher cipher;

	private final CurrentUser currentUser;

	private final AuditLog auditLog;

	private final ConstraintTranslator constraints;

	private final CarrierUsage usage;

	TrunkService(SipTrunkRepository trunks, CredentialCipher cipher, CurrentUser currentUser, AuditLog auditLog,
			ConstraintTranslator constraints, CarrierUsage usage) {
		this.constraints = constraints;
		this.usage = usage;
		this.trunks = trunks;
		this.cipher = cipher;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
	}

	/** The organization's trunks by name. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<TrunkSummary> list() {
		return this.trunks.findByOrganizationIdOrderByName(this.currentUser.organizationId())
			.stream()
			.map(TrunkSummary::of)
			.sorted(Comparator.comparing(TrunkSummary::name, NaturalOrder.INSTANCE))
			.toList();
	}

	/** One trunk; another organization's trunk is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public TrunkSummary get(long id) {
		return TrunkSummary.of(find(id));
	}

	/**
	 * The organization's trunks with this URI, transport (TLS for a {@code sips:} URI),
	 * username and password (none when blank), by name: an import that names its trunk
	 * inline reuses one instead of adding one trunk per number.
	 * @throws FieldException at {@code terminationUri} when the URI cannot be used
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<TrunkSummary> identical(String terminationUri, Transport transport, String authUsername,
			String password) {
		String uri = TerminationUris.check(terminationUri);
		Transport effective = TerminationUris.isSecure(uri) ? Transport.TLS : transport;
		String username = Texts.blankToNull(authUsername);
		boolean noPassword = password == null || password.isEmpty();
		return this.trunks.findByOrganizationIdOrderByName(this.currentUser.organizationId())
			.stream()
			.filter((trunk) -> trunk.terminationUri.equals(uri) && trunk.transport == effective
					&& Objects.equals(trunk.authUsername, username))
			.filter((trunk) -> noPassword ? trunk.encryptedPassword == null
					: trunk.encryptedPassword != null
							&& this.cipher.sealedEquals(trunk.encryptedPassword, password, context(trunk)))
			.map(TrunkSummary::of)
			.toList();
	}

	/** Adds a trunk. */
	@PreAuthorize("hasRole('ADMIN')")
	public TrunkSummary create(@Valid TrunkCommand command) {
		SipTrunk trunk = new SipTrunk(this.currentUser.organizationId());
		TrunkSummary created = apply(trunk, command);
		Changes changes = Changes.created(audited(created));
		if (created.passwordSet()) {
			changes.secretChanged("password");
		}
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.SIP_TRUNK, created.id(), created.name(), changes);
		return created;
	}

	/**
	 * Changes a trunk as it was at {@code version}.
	 * @throws ConcurrentChangeException when someone else saved it meanwhile
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public TrunkSummary update(long id, long version, @Valid TrunkCommand command) {
		SipTrunk trunk = find(id);
		if (trunk.getVersion() != version) {
			throw new ConcurrentChangeException();
		}
		TrunkSummary before = TrunkSummary.of(trunk);
		TrunkSummary after = apply(trunk, command);
		Changes changes = Changes.updated(audited(before), audited(after));
		boolean newPassword = command.getNewPassword() != null && !command.getNewPassword().isEmpty();
		if (command.isClearPassword() ? before.passwordSet() : newPassword) {
			changes.secretChanged("password");
		}
		if (!changes.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.SIP_TRUNK, id, after.name(), changes);
		}
		return after;
	}

	/**
	 * Deletes a trunk that no number uses.
	 * @throws InUseException naming how many numbers use it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id) {
		SipTrunk trunk = find(id);
		long using = this.usage.numbersOnTrunk(trunk.getOrganizationId(), trunk.getId());
		if (using > 0) {
			throw new InUseException("trunk", "trunk_in_use", using, "This trunk is used by "
					+ Counted.of(using, "number", "numbers") + ". Move them to another trunk first.");
		}
		this.trunks.delete(trunk);
		this.auditLog.record(AuditAction.DELETE, AuditEntityType.SIP_TRUNK, id, trunk.getName(),
				Changes.deleted(audited(TrunkSummary.of(trunk))));
	}

	private TrunkSummary apply(SipTrunk trunk, TrunkCommand command) {
		String name = command.getName().strip();
		Long id = (trunk.getId() != null) ? trunk.getId() : -1L;
		// every broken rule of the save at once: the name and the URI
		List<FieldError> errors = new ArrayList<>();
		if (this.trunks.existsByOrganizationIdAndNameIgnoreCaseAndIdNot(trunk.getOrganizationId(), name, id)) {
			errors.add(CarrierConstraints.TRUNK_NAME_TAKEN);
		}
		String uri = null;
		Transport transport = null;
		try {
			uri = TerminationUris.check(command.getTerminationUri());
			transport = TerminationUris.transport(uri, command.getTransport());
		}
		catch (FieldException ex) {
			errors.addAll(ex.getErrors());
		}
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		trunk.name = name;
		trunk.terminationUri = uri;
		trunk.transport = transport;
		trunk.authUsername = Texts.blankToNull(command.getAuthUsername());
		trunk.mediaEncryption = command.getMediaEncryption();
		trunk.registrationEnabled = command.isRegistrationEnabled();
		trunk.supportsInbound = command.isSupportsInbound();
		trunk.supportsOutbound = command.isSupportsOutbound();
		trunk.updatedAt = Instant.now();
		return TrunkSummary.of(CarrierWrites.save(this.trunks, trunk, (saved) -> {
			if (command.isClearPassword()) {
				saved.encryptedPassword = null;
			}
			else if (command.getNewPassword() != null && !command.getNewPassword().isEmpty()) {
				saved.encryptedPassword = this.cipher.seal(command.getNewPassword(), context(saved));
			}
		}, this.constraints));
	}

	/** What the trail shows of a trunk: everything but the password. */
	private static Snapshot audited(TrunkSummary trunk) {
		return new Snapshot().with("name", trunk.name())
			.with("terminationUri", trunk.terminationUri())
			.with("transport", trunk.transport())
			.with("authUsername", trunk.authUsername())
			.with("mediaEncryption", trunk.mediaEncryption())
			.with("registrationEnabled", trunk.registrationEnabled())
			.with("supportsInbound", trunk.supportsInbound())
			.with("supportsOutbound", trunk.supportsOutbound());
	}

	static SecretContext context(SipTrunk trunk) {
		return new SecretContext(SipTrunk.TABLE, trunk.getOrganizationId(), trunk.getId());
	}

	private SipTrunk find(long id) {
		return this.trunks.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Trunk"));
	}

}
