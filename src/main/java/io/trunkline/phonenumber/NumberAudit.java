package io.trunkline.phonenumber;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditLog;
import io.trunkline.audit.Changes;
import io.trunkline.audit.Snapshot;
import io.trunkline.base.Weights;

import org.springframework.stereotype.Component;

/**
 * What the audit trail records of numbers and their agents, in the change's transaction.
 * The inbound PIN is treated as a secret: only that it changed. Agents are named with
 * their id, version reference and weight, e.g. {@code Sales (#12, latest, 60.00 %)}.
 */
@Component
class NumberAudit {

	private final AuditLog auditLog;

	private final AgentService agents;

	NumberAudit(AuditLog auditLog, AgentService agents) {
		this.auditLog = auditLog;
		this.agents = agents;
	}

	void created(PhoneNumberDetails after) {
		Changes changes = Changes.created(snapshot(after.command(), names(null, after)));
		if (!after.command().getInboundPin().isEmpty()) {
			changes.secretChanged("inboundPin");
		}
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.PHONE_NUMBER, after.id(), changes);
	}

	void updated(PhoneNumberDetails before, PhoneNumberDetails after) {
		Map<Long, AgentSummary> names = names(before, after);
		Changes changes = Changes.updated(snapshot(before.command(), names), snapshot(after.command(), names));
		if (!before.command().getInboundPin().equals(after.command().getInboundPin())) {
			changes.secretChanged("inboundPin");
		}
		if (!changes.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.PHONE_NUMBER, after.id(), changes);
		}
	}

	/**
	 * One entry for the whole bulk action: how many changed, and the ids selected (some
	 * may have had that state already).
	 */
	void activeSet(Collection<Long> ids, boolean active, int changed) {
		this.auditLog.record(AuditAction.UPDATE, AuditEntityType.PHONE_NUMBER, single(ids),
				Changes.none().change("active", !active, active).set("count", changed).ids("selectedIds", ids));
	}

	/**
	 * One entry for the whole bulk action: how many were deleted, the numbers of the
	 * first {@value Changes#IDS_MAX} ids selected, and the ids selected.
	 */
	void deleted(Collection<Long> ids, List<String> firstNumbers, int deleted) {
		this.auditLog.record(AuditAction.DELETE, AuditEntityType.PHONE_NUMBER, single(ids),
				Changes.none().set("count", deleted).set("numbers", firstNumbers).ids("selectedIds", ids));
	}

	/** One entry for a bulk binding: the new lists, and how many numbers took them. */
	void bound(BulkBinding request, List<Long> numberIds, Map<Long, AgentSummary> known, int[] skipped) {
		Changes changes = Changes.none()
			.set("selection", (request.filter() != null) ? "all numbers matching the filter" : "selected numbers")
			.set("count", numberIds.size());
		for (Direction direction : Direction.values()) {
			if (request.of(direction) != null) {
				String field = direction.name().toLowerCase(Locale.ROOT) + "Agents";
				changes.set(field, request.of(direction).isEmpty() ? "(none)" : text(request.of(direction), known));
				changes.set(direction.name().toLowerCase(Locale.ROOT) + "Skipped",
						(skipped[direction.ordinal()] > 0) ? skipped[direction.ordinal()] : null);
			}
		}
		this.auditLog.record(AuditAction.BIND, AuditEntityType.PHONE_NUMBER, single(numberIds),
				changes.ids("ids", numberIds));
	}

	private Map<Long, AgentSummary> names(PhoneNumberDetails before, PhoneNumberDetails after) {
		Set<Long> ids = new HashSet<>();
		for (PhoneNumberDetails details : new PhoneNumberDetails[] { before, after }) {
			if (details != null) {
				details.command().getInboundAgents().forEach((line) -> ids.add(line.agentId()));
				details.command().getOutboundAgents().forEach((line) -> ids.add(line.agentId()));
			}
		}
		return ids.isEmpty() ? Map.of() : this.agents.find(ids);
	}

	private static Snapshot snapshot(PhoneNumberCommand number, Map<Long, AgentSummary> names) {
		return new Snapshot().with("number", number.getNumber())
			.with("displayName", number.getDisplayName())
			.with("description", number.getDescription())
			.with("active", number.isActive())
			.with("provider", number.getProvider())
			.with("sipTrunkId", number.getSipTrunkId())
			.with("twilioIntegrationId", number.getTwilioIntegrationId())
			.with("supportsInbound", number.isSupportsInbound())
			.with("supportsOutbound", number.isSupportsOutbound())
			.with("inboundWebhookUrl", number.getInboundWebhookUrl())
			.with("allowedInboundCountries", number.getAllowedInboundCountries())
			.with("allowedOutboundCountries", number.getAllowedOutboundCountries())
			.with("fallbackNumber", number.getFallbackNumber())
			.with("testCallDestination", number.getTestCallDestination())
			.with("inboundRoomPattern", number.getInboundRoomPattern())
			.with("inboundAgents", text(number.getInboundAgents(), names))
			.with("outboundAgents", text(number.getOutboundAgents(), names));
	}

	private static String text(List<BindingLine> lines, Map<Long, AgentSummary> names) {
		return lines.stream().map((line) -> {
			AgentSummary agent = names.get(line.agentId());
			String name = (agent != null) ? agent.name() + " " : "";
			return name + "(#" + line.agentId() + ", " + line.versionRef() + ", " + Weights.percent(line.weightBp())
					+ ")";
		}).collect(Collectors.joining("; "));
	}

	private static Long single(Collection<Long> ids) {
		return (ids.size() == 1) ? ids.iterator().next() : null;
	}

}
