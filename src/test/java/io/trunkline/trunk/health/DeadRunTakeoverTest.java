package io.trunkline.trunk.health;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's {@code db-scheduler.*} settings, built into a scheduler the way the
 * starter (16.7.0) builds it: {@code missed-heartbeats-limit} does reach the scheduler
 * (it was thought to be ignored because the configured 6 is also the library's default),
 * and a dead instance's run is revived within about a minute: dead after heartbeat x
 * limit without a heartbeat, found by the dead-execution check that runs every two
 * heartbeats, picked up at the next poll. That is within two check intervals.
 */
class DeadRunTakeoverTest {

	@Test
	void a_dead_instances_run_is_taken_over_within_about_a_minute() throws Exception {
		Binder application = applicationProperties();
		DbSchedulerProperties properties = application.bind("db-scheduler", DbSchedulerProperties.class).get();
		TrunkHealthProperties checks = application.bindOrCreate("trunkline.sip", TrunkHealthProperties.class);
		assertThat(properties.getHeartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.getMissedHeartbeatsLimit()).isEqualTo(10);

		Scheduler scheduler = DbSchedulerConfigurationSupport.buildScheduler(properties, new DbSchedulerCustomizer() {
		}, StatsRegistry.NOOP, new SystemClock(), new DriverManagerDataSource("jdbc:h2:mem:dead-run-takeover"),
				List.of(new TrunkHealthJob().trunkHealthChecks(null, checks)), List.of(), List.of());
		Method maxAge = Scheduler.class.getDeclaredMethod("getMaxAgeBeforeConsideredDead");
		maxAge.setAccessible(true);
		Duration dead = (Duration) maxAge.invoke(scheduler);
		assertThat(dead).as("silence after which a picked run counts as dead").isEqualTo(Duration.ofSeconds(50));

		Duration latest = dead.plus(properties.getHeartbeatInterval().multipliedBy(2))
			.plus(properties.getPollingInterval());
		assertThat(latest).as("latest takeover after an instance dies").isEqualTo(Duration.ofSeconds(65));
		assertThat(latest).as("two check intervals").isLessThan(checks.interval().multipliedBy(2));
	}

	/** application.properties as the application reads it (placeholders resolved). */
	private static Binder applicationProperties() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(environment.getPropertySources()::addLast);
		return new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment));
	}

}
