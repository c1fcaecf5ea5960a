package io.trunkline.importer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * An import run's ready rows, read and checked a chunk ahead of the writer: while one
 * chunk is written (the database copying it on its core), the next is read on a
 * connection of its own and checked on the other cores. The rows read are the dry run's,
 * committed before the run began; the run changes only those of the chunk it writes, so
 * reading ahead sees what reading later would.
 */
final class ReadAhead implements AutoCloseable {

	private final ImportRowStore rows;

	private final RowCheck check;

	private final ImportBatch batch;

	private final Executor executor;

	private CompletableFuture<Chunk> next;

	ReadAhead(ImportRowStore rows, RowCheck check, ImportBatch batch, Executor executor, int afterLine) {
		this.rows = rows;
		this.check = check;
		this.batch = batch;
		this.executor = executor;
		this.next = read(afterLine);
	}

	/**
	 * The next chunk, empty after the last, and starts reading the one after it. A failed
	 * read throws its own exception here.
	 */
	Chunk take() {
		Chunk chunk;
		try {
			chunk = this.next.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failed) {
				throw failed;
			}
			throw ex;
		}
		this.next = chunk.rows().isEmpty() ? CompletableFuture.completedFuture(chunk) : read(chunk.lastLine());
		return chunk;
	}

	@Override
	public void close() {
		this.next.cancel(true);
	}

	private CompletableFuture<Chunk> read(int afterLine) {
		return CompletableFuture.supplyAsync(() -> {
			List<ImportRowStore.Ready> ready = this.rows.readyAfter(this.batch.organizationId, this.batch.getId(),
					afterLine, ImportRunner.CHUNK);
			// each row's check is pure: on every core, while the database copies
			return new Chunk(ready,
					ready.parallelStream().map((row) -> this.check.row(row.cells(), row.reviewed())).toList());
		}, this.executor);
	}

	/** A chunk's ready rows, and each one's check again, in the same order. */
	record Chunk(List<ImportRowStore.Ready> rows, List<ReviewRow> checked) {

		int lastLine() {
			return this.rows.get(this.rows.size() - 1).line();
		}

	}

}
