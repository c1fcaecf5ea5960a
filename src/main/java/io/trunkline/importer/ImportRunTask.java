package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.trunkline.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Import runs as db-scheduler executions, one per import (its id is the execution's
 * instance id): picked by one instance, kept alive by its heartbeats, and revived on
 * another instance when they stop, which goes on from the import's stored cursor. An
 * import whose organization has an older one unfinished is tried again a little later.
 */
@Configuration(proxyBeanMethods = false)
class ImportRunTask {

	static final String TASK = "import-run";

	static final Duration RETRY_WAITING = Duration.ofSeconds(2);

	/**
	 * Schedules the run now, in the caller's transaction: it exists only if that commits.
	 * Once it has, this instance looks for due executions at once rather than at its next
	 * poll (db-scheduler's own immediate check runs before the commit, when the execution
	 * cannot be seen yet).
	 */
	static void schedule(SchedulerClient scheduler, long batchId) {
		scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, Long.toString(batchId)), Instant.now());
		if (scheduler instanceof Scheduler local && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					local.triggerCheckForDueExecutions();
				}
			});
		}
	}

	@Bean
	CustomTask<Void> importRun(ImportRunner runner, ImportBatches batches, CurrentUser currentUser) {
		return Tasks.custom(TASK, Void.class).onDeadExecutionRevive().execute((instance, context) -> {
			long batchId = Long.parseLong(instance.getId());
			boolean waits = currentUser.runAs(batches.caller(batchId), () -> runner.run(batchId));
			return waits ? (CompletionHandler<Void>) (complete, operations) -> operations.reschedule(complete,
					Instant.now().plus(RETRY_WAITING)) : new CompletionHandler.OnCompleteRemove<>();
		});
	}

}
