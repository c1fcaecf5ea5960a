package io.trunkline.trunk.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.trunkline.TrunklineTest;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The db-scheduler job against sipp: a trunk is checked every interval without anybody
 * asking; it turns Down only after three failures in a row and Up again only after two
 * successes; Up to Down is an audit entry by "system".
 */
@TrunklineTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:trunk-health-job;DB_CLOSE_DELAY=-1",
		"db-scheduler.enabled=true", "trunkline.sip.checks-enabled=true", "db-scheduler.polling-interval=500ms",
		"trunkline.sip.tick=500ms", "trunkline.sip.interval=500ms", "trunkline.sip.jitter=0s",
		"trunkline.sip.timeout=1s" })
class TrunkHealthJobIT {

	private record Observation(String status, int failures, int successes) {
	}

	@Autowired
	private JdbcTemplate jdbc;

	@RegisterExtension
	final SippTrunks sipp = new SippTrunks();

	@Test
	void a_peer_that_goes_silent_turns_down_after_three_failures_and_up_after_two_successes() throws Exception {
		int port = Sipp.freePort();
		this.sipp.peer("options-200", "udp", port);
		TrunkSummary trunk = this.sipp.trunk();
		assertThat(awaitStatus(trunk, (o) -> o.status().equals("UP"))).isNotEmpty();

		this.sipp.peer("options-silent", "udp", port);
		List<Observation> goingDown = awaitStatus(trunk, (o) -> o.status().equals("DOWN"));
		assertThat(goingDown).contains(new Observation("UP", 1, 0), new Observation("UP", 2, 0));
		assertThat(goingDown.getLast().failures()).isEqualTo(3);
		Map<String, Object> audit = this.jdbc.queryForMap(
				"select user_id, user_email, changes from audit_entry where organization_id = ? and entity_id = ?"
						+ " and action = 'UPDATE' order by id desc fetch first 1 rows only",
				this.sipp.org().id(), trunk.id());
		assertThat(audit.get("user_email")).isEqualTo("system");
		assertThat(audit.get("user_id")).isNull();
		assertThat((String) audit.get("changes")).contains("Up").contains("Down").contains("No answer within 1 s");

		this.sipp.peer("options-200", "udp", port);
		List<Observation> comingBack = awaitStatus(trunk, (o) -> o.status().equals("UP"));
		assertThat(comingBack).contains(new Observation("DOWN", 0, 1));
		assertThat(comingBack.getLast().successes()).isEqualTo(2);
	}

	private List<Observation> awaitStatus(TrunkSummary trunk, Predicate<Observation> until)
			throws InterruptedException {
		List<Observation> seen = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			List<Observation> rows = this.jdbc.query(
					"select status, consecutive_failures, consecutive_successes from trunk_health where trunk_id = ?",
					(rs, i) -> new Observation(rs.getString(1), rs.getInt(2), rs.getInt(3)), trunk.id());
			if (!rows.isEmpty() && (seen.isEmpty() || !seen.getLast().equals(rows.getFirst()))) {
				seen.add(rows.getFirst());
				if (until.test(rows.getFirst())) {
					return seen;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("Not reached within 30 s; seen " + seen);
	}

}
