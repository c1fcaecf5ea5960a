package io.trunkline.agent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.trunkline.base.Counted;
import io.trunkline.base.ConstraintErrors;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.InUseException;

import org.springframework.stereotype.Component;

/**
 * The rules of an agent the service checks, and the database constraints that back them
 * (registered with the constraint translator), as the field errors a form shows.
 */
@Component
final class AgentConstraints implements ConstraintErrors {

	static final String TAGS = "tags";

	static final String AGENT_IN_USE = "agent_in_use";

	/**
	 * A number bound to the agent while it was deleted. Not registered: an insert of a
	 * binding to a missing agent breaks it too, and means something else.
	 */
	static final String FK_NUMBER_BINDING_AGENT = "fk_number_binding_agent";

	/** Two publishes of the same next version at once. */
	static final String PK_AGENT_VERSION = "pk_agent_version";

	private static final FieldError NAME_TAKEN = new FieldError("name", "name_taken", "Another agent has this name");

	private static final FieldError EXTERNAL_ID_TAKEN = new FieldError("externalId", "external_id_taken",
			"Another agent has this external id");

	@Override
	public Map<String, FieldError> errors() {
		return Map.of("uk_agent_name", NAME_TAKEN, "uk_agent_external_id", EXTERNAL_ID_TAKEN);
	}

	static FieldException nameTaken() {
		return new FieldException(List.of(NAME_TAKEN));
	}

	static FieldException externalIdTaken() {
		return new FieldException(List.of(EXTERNAL_ID_TAKEN));
	}

	/**
	 * @param published the agent's published version numbers
	 * @return the tags, names stripped and sorted
	 * @throws FieldException at {@code tags} for a bad name or a version not published
	 */
	static Map<String, Integer> checkTags(Map<String, Integer> tags, Set<Integer> published) {
		Map<String, Integer> checked = new TreeMap<>();
		for (Map.Entry<String, Integer> entry : tags.entrySet()) {
			String tag = (entry.getKey() != null) ? entry.getKey().strip() : "";
			if (tag.isEmpty()) {
				throw new FieldException(TAGS, "tag_name_missing", "Enter a name for each tag");
			}
			if (tag.equals(VersionRef.LATEST_TEXT)) {
				throw new FieldException(TAGS, "tag_name_reserved", "latest always means the newest version");
			}
			if (!VersionRef.isTagName(tag)) {
				throw new FieldException(TAGS, "tag_name_invalid",
						"Tag " + tag + ": start with a lowercase letter, then up to 19 "
								+ "lowercase letters, digits, _ or -; not v and a number");
			}
			Integer version = entry.getValue();
			if (version == null) {
				throw new FieldException(TAGS, "tag_version_missing", "Choose a version for tag " + tag);
			}
			if (!published.contains(version)) {
				throw new FieldException(TAGS, "tag_version_unpublished", "Version " + version + " is not published");
			}
			if (checked.put(tag, version) != null) {
				throw new FieldException(TAGS, "tag_duplicate", "Use tag " + tag + " once");
			}
		}
		return checked;
	}

	/** Deleting an agent that numbers still use. */
	static InUseException inUse(long numbers) {
		return new InUseException("agent", AGENT_IN_USE, numbers,
				"This agent is bound to " + Counted.of(numbers, "number", "numbers")
						+ ". Unbind it first, or delete it together with its bindings.");
	}

}
