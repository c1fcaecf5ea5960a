package io.trunkline.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.NumberBindings;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContext;
import io.trunkline.phonenumber.NumberContexts;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The dry run: gives every row its verdict with the number rules the form uses
 * ({@link NumberChecker}), and stores nothing.
 */
@Component
class ImportPlanner {

	private final NumberImport numbers;

	private final NumberContexts contexts;

	private final CurrentUser currentUser;

	ImportPlanner(NumberImport numbers, NumberContexts contexts, CurrentUser currentUser) {
		this.numbers = numbers;
		this.contexts = contexts;
		this.currentUser = currentUser;
	}

	/**
	 * @throws FieldException at {@code provider}, {@code sipTrunkId},
	 * {@code twilioIntegrationId}, {@code inbound} or {@code outbound}, all at once, when
	 * what applies to every row is wrong
	 */
	ImportPlan plan(String sourceName, List<ImportRow> rows, ImportSettings settings, AtomicInteger progress) {
		NumberContext context = this.contexts.whole();
		List<FieldError> errors = new ArrayList<>(NumberChecker.carrier(settings.provider(), settings.sipTrunkId(),
				settings.twilioIntegrationId(), context));
		NumberBindings defaults = NumberChecker.bindings(settings.inbound(), settings.outbound(), true, true, context,
				errors);
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		RowCheck check = new RowCheck(context, Carriers.Carrier.of(settings), defaults);
		// each row's check is pure: normalize them on every core
		List<ReviewRow> reviewed = rows.parallelStream().map((row) -> {
			ReviewRow result = check.row(row);
			progress.incrementAndGet();
			return result;
		}).toList();
		Map<String, Integer> firstLines = new HashMap<>();
		for (ReviewRow checked : reviewed) {
			if (checked.status() == RowStatus.READY) {
				Integer first = firstLines.putIfAbsent(checked.normalized(), checked.line());
				if (first != null) {
					checked.settle(RowStatus.DUPLICATE_IN_FILE, "Same number as line " + first);
				}
			}
		}
		Set<String> present = this.numbers.present(firstLines.keySet());
		for (ReviewRow row : reviewed) {
			if (row.status() == RowStatus.READY && present.contains(row.normalized())) {
				row.settle(RowStatus.ALREADY_PRESENT, PhoneNumberService.DUPLICATE);
			}
		}
		return new ImportPlan(sourceName, this.currentUser.organizationId(), reviewed);
	}

}
