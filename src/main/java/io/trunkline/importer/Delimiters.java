package io.trunkline.importer;

/** Tells the delimiter of a CSV file from its header row. */
final class Delimiters {

	static final char[] KNOWN = { ',', ';', '\t' };

	private Delimiters() {
	}

	/** The known delimiter found most often outside quotes; a comma if none is. */
	static char detect(String header) {
		int[] counts = new int[KNOWN.length];
		boolean quoted = false;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			for (int k = 0; k < KNOWN.length && !quoted; k++) {
				if (c == KNOWN[k]) {
					counts[k]++;
				}
			}
		}
		int best = 0;
		for (int k = 1; k < KNOWN.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return KNOWN[best];
	}

}
