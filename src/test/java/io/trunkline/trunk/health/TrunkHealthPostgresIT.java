package io.trunkline.trunk.health;

import java.time.Duration;

import io.trunkline.PostgresTestBase;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * db-scheduler on PostgreSQL: the V11 table works for it, the recurring task is stored
 * there, and the job checks a trunk over TCP against sipp and stores the result.
 */
@Import(TestAccounts.class)
@TestPropertySource(properties = { "db-scheduler.enabled=true", "trunkline.sip.checks-enabled=true",
		"db-scheduler.polling-interval=500ms", "trunkline.sip.tick=500ms", "trunkline.sip.interval=1s",
		"trunkline.sip.jitter=0s", "trunkline.sip.timeout=1s" })
class TrunkHealthPostgresIT extends PostgresTestBase {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private JdbcTemplate jdbc;

	private Sipp sipp;

	@AfterEach
	void tearDown() throws InterruptedException {
		if (this.sipp != null) {
			this.sipp.close();
		}
		this.accounts.signOut();
	}

	@Test
	void the_job_checks_a_trunk_over_tcp_and_stores_its_status() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("options-200", "tcp", Sipp.freePort());
		Org org = this.accounts.newOrganization();
		TrunkCommand command = new TrunkCommand();
		command.setName("Carrier");
		command.setTerminationUri("sip:127.0.0.1:" + this.sipp.port() + ";transport=tcp");
		command.setTransport(Transport.TCP);
		long[] id = new long[1];
		this.accounts.as(org.adminEmail(), () -> id[0] = this.trunks.create(command).id());

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status = null;
		while (System.nanoTime() < deadline && !"UP".equals(status)) {
			Thread.sleep(100);
			status = this.jdbc.query("select status from trunk_health where trunk_id = ?",
					(rs) -> rs.next() ? rs.getString(1) : null, id[0]);
		}

		assertThat(status).isEqualTo("UP");
		assertThat(
				this.jdbc.queryForObject("select last_code from trunk_health where trunk_id = ?", Integer.class, id[0]))
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
				TrunkHealthJob.TASK))
			.isEqualTo(1);
	}

}
