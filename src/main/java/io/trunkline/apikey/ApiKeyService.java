package io.trunkline.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Role;
import io.trunkline.security.crypto.SecretDigest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The API keys of the caller's organization, for admins only. A key is shown once, when
 * created; afterwards only its public key id. Revoking takes effect on the next request.
 */
@Service
@Validated
@Transactional
public class ApiKeyService {

	private final ApiKeyRepository keys;

	private final SecretDigest digests;

	private final CurrentUser currentUser;

	private final AuditLog auditLog;

	private final Clock clock;

	ApiKeyService(ApiKeyRepository keys, SecretDigest digests, CurrentUser currentUser, AuditLog auditLog,
			ObjectProvider<Clock> clock) {
		this.keys = keys;
		this.digests = digests;
		this.currentUser = currentUser;
		this.auditLog = auditLog;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The organization's keys, newest first unless sorted otherwise, revoked ones too.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Slice<ApiKeySummary> list(Pageable pageable) {
		Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, "createdAt");
		Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
		return this.keys.findByOrganizationId(this.currentUser.organizationId(), page).map(ApiKeySummary::of);
	}

	/**
	 * Creates a key with a role no higher than the caller's own.
	 * @return the key, with its full text this once
	 * @throws FieldException with code {@code role_above_own} for a higher role
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public CreatedApiKey create(@Valid NewApiKey command) {
		if (command.getRole().ordinal() < callerRole().ordinal()) {
			throw new FieldException("role", "role_above_own", "A key cannot have a higher role than yours");
		}
		Instant now = this.clock.instant();
		ApiKey key = new ApiKey(this.currentUser.organizationId());
		key.keyId = ApiKeyFormat.newKeyId();
		String full = ApiKeyFormat.newKey(key.keyId);
		key.digest = HexFormat.of().formatHex(this.digests.digest(full));
		key.name = command.getName().strip();
		key.role = command.getRole();
		key.createdAt = now;
		key.expiresAt = now.plus(Duration.ofDays(command.getValidDays()));
		key.createdById = this.currentUser.get().map(Caller.Person::userId).orElse(null);
		key.createdBy = this.currentUser.get()
			.map(Caller.Person::email)
			.orElseGet(() -> this.currentUser.apiKey().map(Caller.ApiKey::getName).orElse("unknown"));
		ApiKeySummary created = ApiKeySummary.of(this.keys.saveAndFlush(key));
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.API_KEY, created.id(),
				Changes.created(audited(created)));
		return new CreatedApiKey(created, full);
	}

	/**
	 * Revokes a key: the next request with it is refused. Revoking a revoked key changes
	 * nothing.
	 * @throws NotFoundException for a key of another organization too
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public ApiKeySummary revoke(long id) {
		ApiKey key = this.keys.findByIdAndOrganizationId(id, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("API key"));
		if (key.revokedAt == null) {
			key.revokedAt = this.clock.instant();
			this.keys.saveAndFlush(key);
			this.auditLog.record(AuditAction.REVOKE, AuditEntityType.API_KEY, id,
					Changes.none().set("keyId", key.keyId).set("name", key.name));
		}
		return ApiKeySummary.of(key);
	}

	private Role callerRole() {
		return this.currentUser.get()
			.map(Caller.Person::role)
			.orElseGet(() -> this.currentUser.apiKey().map(Caller.ApiKey::role).orElse(Role.VIEWER));
	}

	private static Snapshot audited(ApiKeySummary key) {
		return new Snapshot().with("name", key.name())
			.with("keyId", key.keyId())
			.with("role", key.role())
			.with("expiresAt", key.expiresAt());
	}

}
