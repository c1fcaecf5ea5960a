package io.trunkline.security;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the sign-in protection keeps its counts ({@code trunkline.sign-in.store}):
 * {@code memory} (the default, one instance on H2) or {@code database} (the postgres
 * profile's default: PostgreSQL tables every instance shares, cleaned by a recurring task
 * that runs on one instance at a time). A {@link Clock} bean, if there is one (tests),
 * tells the time.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionStateConfig {

	static final String STORE = "trunkline.sign-in.store";

	static final String CLEAN_UP_TASK = "sign-in-state-clean-up";

	private static final Logger log = LoggerFactory.getLogger(ProtectionStateConfig.class);

	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
	SignInBackoff memorySignInBackoff(SignInProperties properties, ObjectProvider<Clock> clock) {
		return new MemorySignInBackoff(properties, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
	RateBuckets memoryRateBuckets(SignInProperties properties, ObjectProvider<Clock> clock) {
		// Unused for as long as a full refill takes, a bucket would be full: forget it.
		Duration fullRefill = Duration.ofMinutes(1)
			.multipliedBy(properties.burst())
			.dividedBy(properties.refillPerMinute())
			.plusSeconds(1);
		return new MemoryRateBuckets(properties.trackedAddresses(), fullRefill,
				new ClockTime(clock.getIfAvailable(Clock::systemUTC)));
	}

	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "database")
	DatabaseSignInBackoff databaseSignInBackoff(SignInProperties properties, JdbcTemplate jdbc,
			ObjectProvider<Clock> clock) {
		return new DatabaseSignInBackoff(properties, jdbc, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "database")
	DatabaseRateBuckets databaseRateBuckets(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new DatabaseRateBuckets(dataSource, new ClockTime(clock.getIfAvailable(Clock::systemUTC)));
	}

	/** Every ten minutes, on one instance: deletes the rows that count no more. */
	@Bean
	@ConditionalOnProperty(name = STORE, havingValue = "database")
	RecurringTask<Void> signInStateCleanUp(DatabaseSignInBackoff backoff, DatabaseRateBuckets buckets) {
		return Tasks.recurring(CLEAN_UP_TASK, FixedDelay.ofMinutes(10)).execute((instance, context) -> {
			int failures = backoff.removeExpired();
			int full = buckets.removeExpired();
			log.debug("Sign-in clean-up: removed {} expired failure rows and {} full buckets", failures, full);
		});
	}

}
