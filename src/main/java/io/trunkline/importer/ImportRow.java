package io.trunkline.importer;

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

	/** A row with only a number. */
	public static ImportRow ofNumber(int line, String number) {
		return new ImportRow(line, number, null, null, null, null, null);
	}

}
