package io.trunkline.trunk.health;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring db-scheduler task that checks due trunks. db-scheduler runs one execution
 * of it at a time across all instances (the row in {@code scheduled_tasks} is picked by
 * one of them), so each due trunk is checked once per interval; when an instance dies,
 * its pick expires after the missed heartbeats and another runs it.
 */
@Configuration(proxyBeanMethods = false)
class TrunkHealthJob {

	static final String TASK = "trunk-health-checks";

	/** Off only where no trunk should be checked by itself (most tests). */
	@Bean
	@ConditionalOnProperty(name = "trunkline.sip.checks-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> trunkHealthChecks(TrunkChecks checks, TrunkHealthProperties properties) {
		return Tasks.recurring(TASK, FixedDelay.of(properties.tick()))
			.execute((instance, context) -> checks.checkDue());
	}

}
