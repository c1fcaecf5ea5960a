package io.trunkline.importer;

import io.trunkline.base.ControlCharacters;

/**
 * One row to import, as read: every value is the text found, or {@code null}.
 *
 * @param line where the row is in its source, counted from 1 (a CSV header is line 1)
 * @param number the phone number as written
 * @param name the name to show for it
 * @param description free text
 * @param inboundAgent name or external id of the agent for inbound calls
 * @param outboundAgent name or external id of the agent for outbound calls
 * @param trunk name of the SIP trunk or Twilio integration carrying it
 */
public record ImportRow(int line, String number, String name, String description, String inboundAgent,
		String outboundAgent, String trunk) {

	/**
	 * @return why the row cannot be imported because a cell holds a control character
	 * (naming the column, the character's code and position, never the text), or
	 * {@code null}; only the description may hold tabs and line breaks
	 */
	public String controlCharacters() {
		String[][] cells = { { "number", this.number }, { "name", this.name }, { "inbound agent", this.inboundAgent },
				{ "outbound agent", this.outboundAgent }, { "trunk", this.trunk } };
		for (String[] cell : cells) {
			String problem = ControlCharacters.problem(cell[1], false);
			if (problem != null) {
				return "The " + cell[0] + " holds a control character: " + lowerFirst(problem);
			}
		}
		String problem = ControlCharacters.problem(this.description, true);
		return (problem != null) ? "The description holds a control character: " + lowerFirst(problem) : null;
	}

	/** The same row with every control character shown as {@code ?}, for the report. */
	public ImportRow withoutControlCharacters() {
		return new ImportRow(this.line, ControlCharacters.replace(this.number), ControlCharacters.replace(this.name),
				ControlCharacters.replace(this.description), ControlCharacters.replace(this.inboundAgent),
				ControlCharacters.replace(this.outboundAgent), ControlCharacters.replace(this.trunk));
	}

	private static String lowerFirst(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	/** A row with only a number. */
	public static ImportRow ofNumber(int line, String number) {
		return new ImportRow(line, number, null, null, null, null, null);
	}

}
