package io.trunkline.agent;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.trunkline.base.FieldException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The rules of an agent the service checks, and the database constraints that back them,
 * as the field errors a form shows.
 */
final class AgentConstraints {

	static final String TAGS = "tags";

	private AgentConstraints() {
	}

	static FieldException nameTaken() {
		return new FieldException("name", "Another agent has this name");
	}

	static FieldException externalIdTaken() {
		return new FieldException("externalId", "Another agent has this external id");
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
				throw new FieldException(TAGS, "Enter a name for each tag");
			}
			if (tag.equals(VersionRef.LATEST_TEXT)) {
				throw new FieldException(TAGS, "latest always means the newest version");
			}
			if (!VersionRef.isTagName(tag)) {
				throw new FieldException(TAGS, "Tag " + tag + ": start with a lowercase letter, then up to 19 "
						+ "lowercase letters, digits, _ or -; not v and a number");
			}
			Integer version = entry.getValue();
			if (version == null) {
				throw new FieldException(TAGS, "Choose a version for tag " + tag);
			}
			if (!published.contains(version)) {
				throw new FieldException(TAGS, "Version " + version + " is not published");
			}
			if (checked.put(tag, version) != null) {
				throw new FieldException(TAGS, "Use tag " + tag + " once");
			}
		}
		return checked;
	}

	/**
	 * The unique constraint a save ran into, as the field error its check would have
	 * given; anything else is rethrown.
	 */
	static FieldException translate(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("uk_agent_external_id")) {
				return externalIdTaken();
			}
			if (message.contains("uk_agent_name")) {
				return nameTaken();
			}
		}
		throw ex;
	}

}
