package io.trunkline.trunk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.trunkline.PackagedConsole;
import io.trunkline.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged jar on one fresh PostgreSQL database check 200 trunks
 * against sipp: each trunk once per interval, not once per instance; after the instance
 * running the job is killed with {@code kill -9}, the other checks every trunk again
 * within two intervals. A check is counted in the database: each stored one adds one to
 * its row's version. A 6 s interval and 1 s heartbeats keep it to a few minutes.
 */
@Disabled("Written, not yet run green: the shared machine was too loaded to start two jars before the deadline "
		+ "(run: ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TrunkHealthInstancesIT)")
class TrunkHealthInstancesIT {

	private static final int TRUNKS = 200;

	private static final Duration INTERVAL = Duration.ofSeconds(6);

	private static final Duration MEASURED = INTERVAL.multipliedBy(6);

	private final List<PackagedConsole> instances = new ArrayList<>();

	private PostgresTestDatabase database;

	private Sipp sipp;

	@AfterEach
	void stop() throws InterruptedException {
		this.instances.forEach(PackagedConsole::close);
		if (this.sipp != null) {
			this.sipp.close();
		}
		if (this.database != null) {
			this.database.drop();
		}
	}

	@Test
	void each_trunk_is_checked_once_per_interval_and_the_survivor_takes_over_within_two_intervals() throws Exception {
		Sipp.assumeInstalled();
		this.database = PostgresTestDatabase.create();
		this.sipp = Sipp.start("options-200", "udp", Sipp.freePort(), Duration.ofMinutes(10));
		Path work = Files.createDirectories(Path.of("target", "trunk-instances"));
		Path data = Files.createTempDirectory(work, "data-");
		PackagedConsole first = start("instance-a", data, work);
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(this.database.url(), this.database.user(), this.database.password()));
		seed(jdbc);
		PackagedConsole second = start("instance-b", data, work);
		await("every trunk checked once", Duration.ofMinutes(2), () -> checked(jdbc) == TRUNKS);

		Map<Long, Long> before = checksPerTrunk(jdbc);
		Thread.sleep(MEASURED.toMillis());
		Map<Long, Long> after = checksPerTrunk(jdbc);
		List<Long> counts = before.keySet().stream().map((id) -> after.get(id) - before.get(id)).toList();
		long most = MEASURED.dividedBy(INTERVAL) + 1;
		assertThat(counts).as("checks per trunk in %s s", MEASURED.toSeconds()).allMatch((n) -> n >= 3 && n <= most);
		System.out.println("Checks per trunk in " + MEASURED.toSeconds() + " s: "
				+ counts.stream().collect(Collectors.groupingBy((n) -> n, Collectors.counting())));

		String holder = awaitPicked(jdbc);
		PackagedConsole victim = holder.equals("instance-a") ? first : second;
		Instant killed = Instant.now();
		victim.kill();
		await("every trunk checked again by the survivor", INTERVAL.multipliedBy(2),
				() -> jdbc.queryForObject("select count(*) from trunk_health where checked_at > ?", Long.class,
						Timestamp.from(killed)) == TRUNKS);
		System.out.println("Killed " + holder + " while it ran the checks; every trunk checked again after "
				+ Duration.between(killed, Instant.now()).toMillis() + " ms");
		assertThat(jdbc.queryForObject("select count(*) from trunk_health where status = 'UP'", Long.class))
			.isEqualTo(TRUNKS);
	}

	private PackagedConsole start(String name, Path data, Path work) throws Exception {
		PackagedConsole console = PackagedConsole.startInstance(name, this.database, data, work,
				List.of("--trunkline.sip.allow-private-targets=true",
						"--trunkline.sip.interval=" + INTERVAL.toSeconds() + "s", "--trunkline.sip.jitter=0s",
						"--trunkline.sip.tick=500ms", "--trunkline.sip.timeout=2s",
						"--db-scheduler.polling-interval=500ms", "--db-scheduler.heartbeat-interval=1s",
						"--db-scheduler.scheduler-name=" + name, "--trunkline.import.end-unfinished-on-start=false"));
		this.instances.add(console);
		return console;
	}

	private void seed(JdbcTemplate jdbc) {
		long organizationId = jdbc.queryForObject("select min(id) from organization", Long.class);
		jdbc.batchUpdate("insert into sip_trunk (id, version, organization_id, name, termination_uri, transport,"
				+ " media_encryption, registration_enabled, supports_inbound, supports_outbound, created_at, updated_at)"
				+ " values (nextval('sip_trunk_seq'), 0, ?, ?, ?, 'UDP', 'DISABLE', false, true, true, now(), now())",
				IntStream.range(0, TRUNKS)
					.mapToObj(
							(i) -> new Object[] { organizationId, "Carrier " + i, "sip:127.0.0.1:" + this.sipp.port() })
					.toList());
	}

	private static long checked(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from trunk_health where checked_at is not null", Long.class);
	}

	/** A row's first check inserts it (version 0); each further one adds one. */
	private static Map<Long, Long> checksPerTrunk(JdbcTemplate jdbc) {
		return jdbc.query("select trunk_id, version + 1 from trunk_health", (rs) -> {
			Map<Long, Long> checks = new java.util.HashMap<>();
			while (rs.next()) {
				checks.put(rs.getLong(1), rs.getLong(2));
			}
			return checks;
		});
	}

	/** The instance whose run of the job is under way, caught while it runs. */
	private static String awaitPicked(JdbcTemplate jdbc) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<String> picked = jdbc.queryForList(
					"select picked_by from scheduled_tasks where task_name = ? and picked", String.class,
					TrunkHealthJob.TASK);
			if (!picked.isEmpty()) {
				return picked.getFirst();
			}
			Thread.sleep(5);
		}
		throw new AssertionError("No run of the job caught within 60 s");
	}

	private static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("%s within %s s", what, timeout.toSeconds()).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
