package io.trunkline.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text for a parser and turns the character positions it reports, in order, into
 * line numbers from 1. Holds only what the parser has read ahead, never the whole text.
 */
final class LineCounter extends FilterReader {

	/** What was read and not yet counted; it starts at character {@code offset}. */
	private final StringBuilder unread = new StringBuilder();

	private long offset;

	private int line = 1;

	LineCounter(Reader in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			this.unread.append((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int off, int len) throws IOException {
		int read = super.read(buffer, off, len);
		if (read > 0) {
			this.unread.append(buffer, off, read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("Skipping is not supported");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	int lineAt(long characterPosition) {
		int end = (int) Math.min(characterPosition - this.offset, this.unread.length());
		int position = 0;
		for (; position < end; position++) {
			count(this.unread.charAt(position));
		}
		// the parser reports a record after skipped empty lines at their start
		while (position < this.unread.length() && isLineBreak(this.unread.charAt(position))) {
			count(this.unread.charAt(position++));
		}
		this.unread.delete(0, position);
		this.offset += position;
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
