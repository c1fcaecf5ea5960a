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
		Changes changes = Changes.created(snapshot(after, names(null, after)));
		if (after.inboundPinSet()) {
			changes.secretChanged("inboundPin");
		}
		this.auditLog.record(AuditAction.CREATE, AuditEntityType.PHONE_NUMBER, after.id(), after.international(),
				changes);
	}

	void updated(PhoneNumberDetails before, PhoneNumberDetails after, boolean pinChanged) {
		Map<Long, AgentSummary> names = names(before, after);
		Changes changes = Changes.updated(snapshot(before, names), snapshot(after, names));
		if (pinChanged) {
			changes.secretChanged("inboundPin");
		}
		if (!changes.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, AuditEntityType.PHONE_NUMBER, after.id(), after.international(),
					changes);
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
				(ids.size() == 1 && firstNumbers.size() == 1) ? firstNumbers.get(0) : null,
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
				details.bindings().inbound().forEach((line) -> ids.add(line.agentId()));
				details.bindings().outbound().forEach((line) -> ids.add(line.agentId()));
			}
		}
		return ids.isEmpty() ? Map.of() : this.agents.find(ids);
	}

	private static Snapshot snapshot(PhoneNumberDetails number, Map<Long, AgentSummary> names) {
		return new Snapshot().with("number", number.number())
			.with("displayName", number.displayName())
			.with("description", number.description())
			.with("active", number.active())
			.with("provider", number.provider())
			.with("sipTrunkId", number.sipTrunkId())
			.with("twilioIntegrationId", number.twilioIntegrationId())
			.with("supportsInbound", number.supportsInbound())
			.with("supportsOutbound", number.supportsOutbound())
			.with("inboundWebhookUrl", number.inboundWebhookUrl())
			.with("allowedInboundCountries", number.allowedInboundCountries())
			.with("allowedOutboundCountries", number.allowedOutboundCountries())
			.with("fallbackNumber", number.fallbackNumber())
			.with("testCallDestination", number.testCallDestination())
			.with("inboundRoomPattern", number.inboundRoomPattern())
			.with("inboundAgents", text(number.bindings().inbound(), names))
			.with("outboundAgents", text(number.bindings().outbound(), names));
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
