package io.trunkline.importer;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dry run's two halves side by side: while the caller stores one chunk's verdicts (on
 * its transaction's connection, the database working), the next chunk's rows are checked
 * on every core of a pool. Each row's check is pure, so only the storing stays on the
 * caller's thread, in order.
 */
final class CheckAhead {

	private final ForkJoinPool pool;

	private final Function<ImportRow, ReviewRow> check;

	private final Consumer<List<ReviewRow>> store;

	private ForkJoinTask<List<ReviewRow>> checking;

	CheckAhead(ForkJoinPool pool, Function<ImportRow, ReviewRow> check, Consumer<List<ReviewRow>> store) {
		this.pool = pool;
		this.check = check;
		this.store = store;
	}

	/** Starts checking these rows, then stores the chunk checked before them. */
	void add(List<ImportRow> chunk) {
		ForkJoinTask<List<ReviewRow>> next = this.pool.submit(() -> chunk.parallelStream().map(this.check).toList());
		try {
			storeChecked();
		}
		catch (RuntimeException ex) {
			next.cancel(true);
			throw ex;
		}
		this.checking = next;
	}

	/**
	 * Stores the last chunk. A check's exception is thrown here or by the next
	 * {@link #add}, of its class (the pool's copy when another thread threw it).
	 */
	void finish() {
		storeChecked();
	}

	private void storeChecked() {
		if (this.checking != null) {
			List<ReviewRow> checked = this.checking.join();
			this.checking = null;
			this.store.accept(checked);
		}
	}

}
