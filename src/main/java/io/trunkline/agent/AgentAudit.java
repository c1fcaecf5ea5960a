package io.trunkline.agent;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;

import org.springframework.stereotype.Component;

/** What the audit trail records of agents, in the change's transaction. */
@Component
class AgentAudit {

	private final AuditLog auditLog;

	AgentAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	void created(AgentSummary after) {
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.AGENT, after.id(), after.name(),
				Changes.created(snapshot(after)));
	}

	void updated(AgentSummary before, AgentSummary after) {
		Changes changes = Changes.updated(snapshot(before), snapshot(after));
		if (!changes.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.AGENT, after.id(), after.name(), changes);
		}
	}

	void published(long id, String name, int previous, int latest) {
		this.auditLog.record(AuditAction.PUBLISH, AuditEntityType.AGENT, id, name,
				Changes.none().change("latestVersion", previous, latest));
	}

	/**
	 * @param unboundNumbers how many numbers lost the agent, or {@code null} for none
	 */
	void deleted(AgentSummary before, Integer unboundNumbers) {
		Changes changes = Changes.deleted(snapshot(before));
		if (unboundNumbers != null) {
			changes.set("unboundNumbers", unboundNumbers);
		}
		this.auditLog.record(AuditAction.DELETE, AuditEntityType.AGENT, before.id(), before.name(), changes);
	}

	private static Snapshot snapshot(AgentSummary agent) {
		return new Snapshot().with("name", agent.name())
			.with("description", agent.description())
			.with("externalId", agent.externalId())
			.with("tags", agent.tags());
	}

}
