package io.trunkline.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an import file can hold, with the header names other platforms use for
 * it. Header names match ignoring case, spaces, dashes and underscores.
 */
public enum ImportColumn {

	NUMBER("Phone number", "phonenumber", "number", "phone", "e164", "msisdn", "did", "telephone", "tel"),

	NAME("Name", "name", "nickname", "displayname", "label", "friendlyname", "numbername"),

	DESCRIPTION("Description", "description", "notes", "note", "comment"),

	INBOUND_AGENT("Inbound agent", "inboundagent", "inboundagentid", "incomingcallsagentid", "agent", "agentid",
			"agentname"),

	OUTBOUND_AGENT("Outbound agent", "outboundagent", "outboundagentid", "outgoingcallsagentid"),

	TRUNK("Trunk", "trunk", "trunkname", "siptrunk", "siptrunkname", "sipcredentials", "integration");

	private final String label;

	private final List<String> aliases;

	ImportColumn(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public String label() {
		return this.label;
	}

	/** The column a header most likely names, if any. */
	public static Optional<ImportColumn> recognize(String header) {
		String key = key(header);
		for (ImportColumn column : values()) {
			if (column.aliases.contains(key)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static String key(String header) {
		return (header != null) ? header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "") : "";
	}

}
