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
			if (this.text.charAt(this.position) == '\n') {
				this.line++;
			}
		}
		return this.line;
	}

}
