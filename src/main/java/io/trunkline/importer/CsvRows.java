package io.trunkline.importer;

import java.util.function.Consumer;

/**
 * The rows of an uploaded file under one column mapping, counted by a first reading; each
 * {@link #forEach} reads the file again.
 */
public final class CsvRows implements RowSource {

	private final CsvSource source;

	private final ColumnMapping mapping;

	private int size;

	private boolean namesTrunks;

	private boolean namesAgents;

	/**
	 * @throws io.trunkline.base.FieldException at {@code mapping} or {@code file}, as
	 * {@link CsvSource#rows} does
	 */
	CsvRows(CsvSource source, ColumnMapping mapping) {
		this.source = source;
		this.mapping = mapping;
		this.size = source.each(mapping, (row) -> {
			this.namesTrunks |= RowSource.namesTrunk(row);
			this.namesAgents |= RowSource.namesAgent(row);
			return true;
		});
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public void forEach(Consumer<ImportRow> action) {
		this.source.each(this.mapping, (row) -> {
			action.accept(row);
			return true;
		});
	}

	@Override
	public boolean namesTrunks() {
		return this.namesTrunks;
	}

	@Override
	public boolean namesAgents() {
		return this.namesAgents;
	}

}
