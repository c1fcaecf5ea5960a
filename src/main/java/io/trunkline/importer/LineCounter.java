package io.trunkline.importer;

/** Turns character positions of a text, read in order, into line numbers from 1. */
final class LineCounter {

	private final String text;

	private int position;

	private int line = 1;

	LineCounter(String text) {
		this.text = text;
	}

	int lineAt(long characterPosition) {
		int end = (int) Math.min(characterPosition, this.text.length());
		for (; this.position < end; this.position++) {
			count(this.text.charAt(this.position));
		}
		// the parser reports a record after skipped empty lines at their start
		while (this.position < this.text.length() && isLineBreak(this.text.charAt(this.position))) {
			count(this.text.charAt(this.position++));
		}
		return this.line;
	}

	private void count(char c) {
		if (c == '\n') {
			this.line++;
		}
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r';
	}

}
