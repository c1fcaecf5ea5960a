package io.trunkline.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows a lazy grid asks for, as a {@link Pageable} with any offset: with the data
 * communicator's paging off, a grid asks for the whole range it needs at once (the
 * browser asks for about three pages when it scrolls), which then is one query instead of
 * one per page. {@link #getPageNumber()} is the page it starts in; queries read
 * {@link #getOffset()} and {@link #getPageSize()}.
 */
public record GridRange(long offset, int size, Sort sort) implements Pageable {

	public GridRange {
		if (offset < 0 || size < 1) {
			throw new IllegalArgumentException("A range needs an offset of 0 or more and a size of 1 or more");
		}
	}

	/** The range and sort order of a grid's query. */
	public static GridRange of(Query<?, ?> query) {
		return new GridRange(query.getOffset(), Math.max(1, query.getLimit()),
				VaadinSpringDataHelpers.toSpringDataSort(query));
	}

	@Override
	public int getPageNumber() {
		return (int) (this.offset / this.size);
	}

	@Override
	public int getPageSize() {
		return this.size;
	}

	@Override
	public long getOffset() {
		return this.offset;
	}

	@Override
	public Sort getSort() {
		return this.sort;
	}

	@Override
	public Pageable next() {
		return new GridRange(this.offset + this.size, this.size, this.sort);
	}

	@Override
	public Pageable previousOrFirst() {
		return new GridRange(Math.max(0, this.offset - this.size), this.size, this.sort);
	}

	@Override
	public Pageable first() {
		return new GridRange(0, this.size, this.sort);
	}

	@Override
	public Pageable withPage(int pageNumber) {
		return new GridRange((long) pageNumber * this.size, this.size, this.sort);
	}

	@Override
	public boolean hasPrevious() {
		return this.offset > 0;
	}

}
