package io.trunkline.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.NumberBindings;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContext;
import io.trunkline.phonenumber.NumberContexts;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Caller;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The dry run: gives every row its verdict with the number rules the form uses
 * ({@link NumberChecker}) and stores the import as reviewed, with its rows, a chunk at a
 * time (the rows' verdicts are never all held in memory), checking the next chunk while
 * it stores one ({@link CheckAhead}).
 */
@Component
class ImportPlanner {

	static final int CHUNK = 10_000;

	private final NumberImport numbers;

	private final NumberContexts contexts;

	private final ImportBatches batches;

	private final ImportRowStore store;

	// checks rows on every core while the caller stores the chunk before (CheckAhead)
	private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

	ImportPlanner(NumberImport numbers, NumberContexts contexts, ImportBatches batches, ImportRowStore store) {
		this.numbers = numbers;
		this.contexts = contexts;
		this.batches = batches;
		this.store = store;
	}

	@PreDestroy
	void stop() {
		this.pool.shutdownNow();
	}

	/**
	 * What checks the rows of an import with these settings, in a caller's organization.
	 */
	RowCheck check(ImportSettings settings) {
		NumberContext context = this.contexts.whole();
		List<FieldError> errors = new ArrayList<>(NumberChecker.carrier(settings.provider(), settings.sipTrunkId(),
				settings.twilioIntegrationId(), context));
		NumberBindings defaults = NumberChecker.bindings(settings.inbound(), settings.outbound(), true, true, context,
				errors);
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		return new RowCheck(context, Carriers.Carrier.of(settings), defaults);
	}

	/**
	 * Checks and stores the rows, in the caller's transaction.
	 * @return the reviewed import's id and the counts of its verdicts
	 * @throws FieldException at {@code provider}, {@code sipTrunkId},
	 * {@code twilioIntegrationId}, {@code inbound} or {@code outbound}, all at once, when
	 * what applies to every row is wrong
	 */
	ImportBatch plan(long organizationId, String sourceName, RowSource rows, ImportSettings settings, Caller caller,
			AtomicInteger progress) {
		RowCheck check = check(settings);
		ImportBatch batch = this.batches.review(organizationId, sourceName, settings, caller);
		Map<String, Integer> firstLines = new HashMap<>();
		Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
		CheckAhead ahead = new CheckAhead(this.pool, (row) -> {
			ReviewRow result = check.row(row);
			progress.incrementAndGet();
			return result;
		}, (checked) -> {
			List<ReviewRow> reviewed = new ArrayList<>(checked);
			settleDuplicates(reviewed, firstLines);
			reviewed.forEach((row) -> counts.merge(row.status(), 1, Integer::sum));
			this.store.insert(batch.organizationId, batch.getId(), reviewed);
		});
		List<ImportRow> chunk = new ArrayList<>(CHUNK);
		rows.forEach((row) -> {
			chunk.add(row);
			if (chunk.size() == CHUNK) {
				ahead.add(List.copyOf(chunk));
				chunk.clear();
			}
		});
		if (!chunk.isEmpty()) {
			ahead.add(List.copyOf(chunk));
		}
		ahead.finish();
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		this.batches.reviewed(batch, total, counts.getOrDefault(RowStatus.READY, 0));
		return batch;
	}

	private void settleDuplicates(List<ReviewRow> reviewed, Map<String, Integer> firstLines) {
		List<String> firsts = new ArrayList<>();
		for (int i = 0; i < reviewed.size(); i++) {
			ReviewRow row = reviewed.get(i);
			if (row.status() == RowStatus.READY) {
				Integer first = firstLines.putIfAbsent(row.normalized(), row.line());
				if (first != null) {
					reviewed.set(i, row.settled(RowStatus.DUPLICATE_IN_FILE, "Same number as line " + first));
				}
				else {
					firsts.add(row.normalized());
				}
			}
		}
		Set<String> present = this.numbers.present(firsts);
		for (int i = 0; i < reviewed.size(); i++) {
			ReviewRow row = reviewed.get(i);
			if (row.status() == RowStatus.READY && present.contains(row.normalized())) {
				reviewed.set(i, row.settled(RowStatus.ALREADY_PRESENT, PhoneNumberService.DUPLICATE));
			}
		}
	}

}
