package io.trunkline.trunk;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.trunkline.base.Counted;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.ConstraintTranslator;
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
 * The Twilio integrations of the caller's organization. Tokens are write-only.
 */
@Service
@Validated
@Transactional
public class TwilioIntegrationService {

	private final TwilioIntegrationRepository integrations;

	private final CredentialCipher cipher;

	private final CurrentUser currentUser;

	private final AuditLog auditLog;

	private final ConstraintTranslator constraints;

	private final CarrierUsage usage;

	TwilioIntegrationService(TwilioIntegrationRepository integrations, CredentialCipher cipher, CurrentUser currentUser,
			AuditLog auditLog, ConstraintTranslator constraints, CarrierUsage usage) {
		this.constraints = constraints;
		this.usage = usage;
		this.integrations = integrations;
		this.cipher = cipher;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
	}

	/** The organization's integrations by name. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<TwilioSummary> list() {
		return this.integrations.findByOrganizationIdOrderByName(this.currentUser.organizationId())
			.stream()
			.map(TwilioSummary::of)
			.sorted(Comparator.comparing(TwilioSummary::name, NaturalOrder.INSTANCE))
			.toList();
	}

	/** One integration; another organization's is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public TwilioSummary get(long id) {
		return TwilioSummary.of(find(id));
	}

	/** Adds an integration; its auth token is required. */
	@PreAuthorize("hasRole('ADMIN')")
	public TwilioSummary create(@Valid TwilioCommand command) {
		if (command.getNewAuthToken() == null || command.getNewAuthToken().isBlank()) {
			throw new FieldException("newAuthToken", "auth_token_missing", "Enter the auth token");
		}
		TwilioSummary created = apply(new TwilioIntegration(this.currentUser.organizationId()), command);
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.TWILIO_INTEGRATION, created.id(), created.name(),
				Changes.created(audited(created)).secretChanged("authToken"));
		return created;
	}

	/** Changes an integration as it was at {@code version}. */
	@PreAuthorize("hasRole('ADMIN')")
	public TwilioSummary update(long id, long version, @Valid TwilioCommand command) {
		TwilioIntegration integration = find(id);
		if (integration.getVersion() != version) {
			throw new ConcurrentChangeException();
		}
		TwilioSummary before = TwilioSummary.of(integration);
		TwilioSummary after = apply(integration, command);
		Changes changes = Changes.updated(audited(before), audited(after));
		if (command.getNewAuthToken() != null && !command.getNewAuthToken().isBlank()) {
			changes.secretChanged("authToken");
		}
		if (!changes.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.TWILIO_INTEGRATION, id, after.name(), changes);
		}
		return after;
	}

	/**
	 * Deletes an integration that no number uses.
	 * @throws InUseException naming how many numbers use it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id) {
		TwilioIntegration integration = find(id);
		long using = this.usage.numbersOnTwilio(integration.getOrganizationId(), integration.getId());
		if (using > 0) {
			throw new InUseException("integration", "integration_in_use", using, "This integration is used by "
					+ Counted.of(using, "number", "numbers") + ". Move them elsewhere first.");
		}
		this.integrations.delete(integration);
		this.auditLog.record(AuditAction.DELETE, AuditEntityType.TWILIO_INTEGRATION, id, integration.name,
				Changes.deleted(audited(TwilioSummary.of(integration))));
	}

	private TwilioSummary apply(TwilioIntegration integration, TwilioCommand command) {
		String name = command.getName().strip();
		Long id = (integration.getId() != null) ? integration.getId() : -1L;
		if (this.integrations.existsByOrganizationIdAndNameIgnoreCaseAndIdNot(integration.getOrganizationId(), name,
				id)) {
			throw CarrierConstraints.of(CarrierConstraints.INTEGRATION_NAME_TAKEN);
		}
		integration.name = name;
		integration.accountSid = command.getAccountSid();
		integration.updatedAt = Instant.now();
		return TwilioSummary.of(CarrierWrites.save(this.integrations, integration, (saved) -> {
			if (command.getNewAuthToken() != null && !command.getNewAuthToken().isBlank()) {
				saved.encryptedToken = this.cipher.seal(command.getNewAuthToken().strip(), context(saved));
			}
		}, this.constraints));
	}

	/** What the trail shows of an integration: everything but the token. */
	private static Snapshot audited(TwilioSummary integration) {
		return new Snapshot().with("name", integration.name()).with("accountSid", integration.accountSid());
	}

	static SecretContext context(TwilioIntegration integration) {
		return new SecretContext(TwilioIntegration.TABLE, integration.getOrganizationId(), integration.getId());
	}

	private TwilioIntegration find(long id) {
		return this.integrations.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Twilio integration"));
	}

}
