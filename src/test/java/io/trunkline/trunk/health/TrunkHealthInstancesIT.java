package io.trunkline.trunk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.trunkline.PackagedConsole;
import io.trunkline.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged jar on one fresh PostgreSQL database check 200 trunks
 * against sipp on loopback: each trunk once per interval, not once per instance; after
 * the instance caught running the job is killed with {@code kill -9}, the other revives
 * the dead run and checks every trunk again within two intervals. A check is counted in
 * the database: each stored one adds one to its row's version. The dead-run time scales
 * with the heartbeat as in production (here 1 s x 4 missed, detected every 2 s; in
 * production 10 s x 6, detected every 20 s, against a 60 s interval).
 */
class TrunkHealthInstancesIT {

	private static final int TRUNKS = 200;

	private static final Duration INTERVAL = Duration.ofSeconds(6);

	private static final Duration MEASURED = INTERVAL.multipliedBy(4);

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
		await("the first start's organization", Duration.ofSeconds(60),
				() -> count(jdbc, "select count(*) from organization") > 0);
		seed(jdbc);
		PackagedConsole second = start("instance-b", data, work);
		await("every trunk checked once", Duration.ofMinutes(1),
				() -> count(jdbc, "select count(*) from trunk_health where checked_at is not null") == TRUNKS);

		Map<Long, Long> before = checksPerTrunk(jdbc);
		Map<String, Integer> runs = sampleRuns(jdbc, MEASURED);
		Map<Long, Long> after = checksPerTrunk(jdbc);
		List<Long> counts = before.keySet().stream().map((id) -> after.get(id) - before.get(id)).toList();
		System.out.println("Checks per trunk in " + MEASURED.toSeconds() + " s (interval " + INTERVAL.toSeconds()
				+ " s): " + counts.stream().collect(Collectors.groupingBy((n) -> n, Collectors.counting()))
				+ "; runs of the job seen picked by " + runs);
		long most = MEASURED.dividedBy(INTERVAL) + 1;
		assertThat(counts)
			.as("checks per trunk in %s s, twice as many if both instances checked each trunk", MEASURED.toSeconds())
			.hasSize(TRUNKS)
			.allMatch((n) -> n >= 2 && n <= most);

		String holder = awaitRunCheckingTrunks(jdbc);
		PackagedConsole victim = holder.equals("instance-a") ? first : second;
		PackagedConsole survivor = (victim == first) ? second : first;
		Instant killed = Instant.now();
		victim.kill();
		assertThat(pickedBy(jdbc)).as("the run left picked by the killed instance").isEqualTo(holder);
		await("every trunk checked again by the survivor", INTERVAL.multipliedBy(2), () -> count(jdbc,
				"select count(*) from trunk_health where checked_at > ?", Timestamp.from(killed)) == TRUNKS);
		System.out.println("Killed " + holder + " while it ran the checks; every trunk checked again after "
				+ Duration.between(killed, Instant.now()).toMillis() + " ms");
		assertThat(survivor.log()).as("the survivor's log").contains("Reviving dead execution");
		assertThat(count(jdbc, "select count(*) from trunk_health where status = 'UP'")).isEqualTo(TRUNKS);
	}

	private PackagedConsole start(String name, Path data, Path work) throws Exception {
		PackagedConsole console = PackagedConsole.startInstance(name, this.database, data, work,
				List.of("--trunkline.sip.allow-private-targets=true", "--trunkline.sip.bind-address=127.0.0.1",
						"--trunkline.sip.interval=" + INTERVAL.toSeconds() + "s", "--trunkline.sip.jitter=0s",
						"--trunkline.sip.tick=500ms", "--trunkline.sip.timeout=2s",
						"--db-scheduler.polling-interval=500ms", "--db-scheduler.heartbeat-interval=1s",
						"--db-scheduler.missed-heartbeats-limit=4", "--db-scheduler.scheduler-name=" + name));
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

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** A trunk's first claim adds its row (version 0); each stored check adds one. */
	private static Map<Long, Long> checksPerTrunk(JdbcTemplate jdbc) {
		return jdbc.query("select trunk_id, version from trunk_health", (rs) -> {
			Map<Long, Long> checks = new HashMap<>();
			while (rs.next()) {
				checks.put(rs.getLong(1), rs.getLong(2));
			}
			return checks;
		});
	}

	/** Which instance holds the job's run, sampled every 50 ms for a while. */
	private static Map<String, Integer> sampleRuns(JdbcTemplate jdbc, Duration duration) throws InterruptedException {
		Map<String, Integer> seen = new HashMap<>();
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			String holder = pickedBy(jdbc);
			if (holder != null) {
				seen.merge(holder, 1, Integer::sum);
			}
			Thread.sleep(50);
		}
		return seen;
	}

	private static String pickedBy(JdbcTemplate jdbc) {
		List<String> picked = jdbc.queryForList("select picked_by from scheduled_tasks where task_name = ? and picked",
				String.class, TrunkHealthJob.TASK);
		return picked.isEmpty() ? null : picked.getFirst();
	}

	/**
	 * The instance whose run is checking trunks, caught while it runs: the run is picked
	 * while trunks have been due for a while (a run that began before they were due ended
	 * within milliseconds; one that checks 200 takes about a second).
	 */
	private static String awaitRunCheckingTrunks(JdbcTemplate jdbc) throws InterruptedException {
		long deadline = System.nanoTime() + INTERVAL.multipliedBy(3).toNanos();
		while (System.nanoTime() < deadline) {
			String holder = pickedBy(jdbc);
			if (holder != null && count(jdbc, "select count(*) from trunk_health"
					+ " where next_check_at <= now() - interval '200 milliseconds'") > 0) {
				return holder;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("No run checking trunks caught within " + INTERVAL.multipliedBy(3).toSeconds() + " s");
	}

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("%s within %s s", what, timeout.toSeconds()).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
