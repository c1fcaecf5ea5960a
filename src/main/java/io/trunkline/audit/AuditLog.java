package io.trunkline.audit;

import java.time.Instant;

import io.trunkline.security.CurrentUser;
import io.trunkline.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit trail. Features call {@link #record} from inside the transaction of
 * the change they audit, so that a change rolled back leaves no entry. Who did it and
 * their organization come from the current caller (a person, an API key, a job), never
 * from an argument. There is no method to change or delete an entry.
 * <p>
 * Each entry is also logged (logger {@code io.trunkline.audit}) once its transaction has
 * committed, as one line in which line breaks and other control characters are escaped.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger("io.trunkline.audit");

	private final AuditEntryRepository entries;

	private final CurrentUser currentUser;

	private final SecurityContextHolderStrategy contexts;

	AuditLog(AuditEntryRepository entries, CurrentUser currentUser, SecurityContextHolderStrategy contexts) {
		this.entries = entries;
		this.currentUser = currentUser;
		this.contexts = contexts;
	}

	/**
	 * Records a change made by the caller in their organization, in the caller's
	 * transaction (there must be one).
	 * @param entityId the record's id, or {@code null} for many records at once (put
	 * their count and ids in the changes)
	 * @param changes the fields with their old and new values; never a secret's value
	 * (see {@link Changes#secretChanged})
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, AuditEntityType entityType, Long entityId, Changes changes) {
		record(action, entityType, entityId, null, changes);
	}

	/**
	 * Records a change as {@link #record(AuditAction, AuditEntityType, Long, Changes)}
	 * does, with what the entity is called now (a number, a name, an email), which the
	 * trail shows even after it is renamed or deleted.
	 * @param entityName {@code null} for many records at once
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, AuditEntityType entityType, Long entityId, String entityName,
			Changes changes) {
		Long organizationId = this.currentUser.caller().map(Caller::organizationId).orElse(null);
		insert(currentActor(), organizationId, action, entityType, entityId, entityName, changes);
	}

	/**
	 * Records a platform-level event, one that belongs to no organization (an
	 * organization opened, say): only operators see it. In the caller's transaction.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordPlatform(AuditAction action, AuditEntityType entityType, Long entityId, Changes changes) {
		recordPlatform(action, entityType, entityId, null, changes);
	}

	/** A platform-level event, with what the entity is called now. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordPlatform(AuditAction action, AuditEntityType entityType, Long entityId, String entityName,
			Changes changes) {
		insert(currentActor(), null, action, entityType, entityId, entityName, changes);
	}

	/**
	 * For this feature's listeners: an explicit actor and organization, same transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(Actor actor, Long organizationId, AuditAction action, AuditEntityType entityType, Long entityId,
			String entityName, Changes changes) {
		insert(actor, organizationId, action, entityType, entityId, entityName, changes);
	}

	/**
	 * For events with no transaction around them (sign-ins), or whose transaction is
	 * about to roll back (refused access): a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void writeAlone(Actor actor, Long organizationId, AuditAction action, AuditEntityType entityType, Long entityId,
			String entityName, Changes changes) {
		insert(actor, organizationId, action, entityType, entityId, entityName, changes);
	}

	Actor currentActor() {
		return this.currentUser.caller().map(Actor::of).orElseGet(() -> {
			Authentication authentication = this.contexts.getContext().getAuthentication();
			return (authentication != null) ? Actor.of(authentication) : Actor.typed("unknown");
		});
	}

	private void insert(Actor actor, Long organizationId, AuditAction action, AuditEntityType entityType, Long entityId,
			String entityName, Changes changes) {
		AuditEntry entry = this.entries.save(new AuditEntry(Instant.now(), organizationId, actor, action, entityType,
				entityId, entityName, ChangesJson.write(changes.list())));
		String line = "action=" + action + " entity=" + entityType + "#" + entityId + " organization=" + organizationId
				+ " user=" + actor.userId() + " email=" + actor.email() + " changes=" + entry.getChanges();
		logAfterCommit(ControlChars.escape(line));
	}

	private static void logAfterCommit(String line) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			log.info("{}", line);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				log.info("{}", line);
			}
		});
	}

}
