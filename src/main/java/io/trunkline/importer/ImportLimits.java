package io.trunkline.importer;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may hold ({@code trunkline.import.max-rows},
 * {@code max-file-size}); checked on the server whatever the browser allowed. The
 * defaults are what the stored review and the chunked run carry: a million rows, 64 MB.
 *
 * @param maxRows the most rows of one import
 * @param maxFileSize the largest file, or pasted text
 */
@ConfigurationProperties("trunkline.import")
public record ImportLimits(@DefaultValue("1000000") int maxRows, @DefaultValue("64MB") DataSize maxFileSize) {

	/** The limits when nothing is configured. */
	public static final ImportLimits DEFAULTS = new ImportLimits(1_000_000, DataSize.ofMegabytes(64));

	public int maxBytes() {
		return (int) Math.min(Integer.MAX_VALUE - 16, this.maxFileSize.toBytes());
	}

	String tooManyRows() {
		return "More than " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(this.maxRows)
				+ " rows: split the list into smaller imports";
	}

	/** The size as people read it, e.g. "64 MB". */
	public String size() {
		long megabytes = this.maxFileSize.toMegabytes();
		return (megabytes > 0) ? megabytes + " MB" : this.maxFileSize.toKilobytes() + " KB";
	}

	public String fileTooLarge() {
		return "The file is larger than " + size() + ": split it into smaller files";
	}

	String textTooLarge() {
		return "More than " + size() + " of text: upload it as a file in parts";
	}

}
