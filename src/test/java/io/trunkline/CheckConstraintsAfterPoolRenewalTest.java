package io.trunkline;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.trunkline.agent.AgentSummary;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.importer.ImportStatus;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.Provider;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.security.UserUpdate;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 2.4.240 refused every write into a table with a {@code CHECK (col IN (...))} once
 * the connection that had run the migrations was closed (h2database #4302, #4308, #4291).
 * The pool retires connections after 30 minutes at the latest, so a console that had run
 * a while refused new users, trunks, numbers, bindings and imports. Here the pool
 * replaces every connection first, then each such table is written through its service.
 */
@TrunklineTest
class CheckConstraintsAfterPoolRenewalTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private UserService users;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private ImportService imports;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void every_checked_table_accepts_writes_after_the_pool_replaced_its_connections() throws SQLException {
		Org org = this.accounts.newOrganization();
		replaceEveryPooledConnection();

		this.accounts.signIn(org.adminEmail());
		for (Role role : Role.values()) {
			long id = this.users
				.create(new NewUser(role.name().toLowerCase() + "-" + org.id() + "@renewal.test", "Person " + role,
						role))
				.userId();
			assertThat(this.users.get(id).role()).isEqualTo(role);
		}
		long viewer = this.accounts.idOf(Role.VIEWER.name().toLowerCase() + "-" + org.id() + "@renewal.test");
		UserUpdate promote = new UserUpdate(Role.AGENT_MANAGER, true);
		assertThat(this.users.update(viewer, promote).role()).isEqualTo(Role.AGENT_MANAGER);

		TrunkCommand trunkCommand = new TrunkCommand();
		trunkCommand.setName("Renewed");
		trunkCommand.setTerminationUri("sip:renewed.example.com:5060");
		trunkCommand.setTransport(Transport.TCP);
		trunkCommand.setMediaEncryption(MediaEncryption.REQUIRE);
		TrunkSummary trunk = this.trunks.create(trunkCommand);
		assertThat(trunk.transport()).isEqualTo(Transport.TCP);
		assertThat(trunk.mediaEncryption()).isEqualTo(MediaEncryption.REQUIRE);

		AgentSummary agent = this.fixtures.agent(org, "Renewed agent", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand numberCommand = NumberFixtures.command(trunk, "+12125550190");
		numberCommand.setInboundAgents(List.of(new BindingLine(agent.id(), "latest", 10000)));
		numberCommand.setOutboundAgents(List.of(new BindingLine(agent.id(), "1", 10000)));
		PhoneNumberDetails number = this.numbers.create(numberCommand);
		assertThat(
				this.jdbc.queryForObject("select provider from phone_number where id = ?", String.class, number.id()))
			.isEqualTo(Provider.SIP.name());
		assertThat(this.jdbc.queryForList("select direction from number_binding where phone_number_id = ?",
				String.class, number.id()))
			.containsExactlyInAnyOrder("INBOUND", "OUTBOUND");

		long batch = this.imports
			.start(this.imports.plan("renewal", List.of(ImportRow.ofNumber(1, "+12125550191")),
					ImportSettings.sipTrunk(trunk.id())), ImportMode.ALL_OR_NOTHING)
			.batchId();
		ImportProgress end = ImportAwait.finished(this.imports, batch);
		assertThat(end.status()).isEqualTo(ImportStatus.DONE);
		assertThat(end.imported()).isEqualTo(1);
	}

	/**
	 * Closes every idle connection (the one that ran the migrations among them) and waits
	 * until the database has no session left from before.
	 */
	private void replaceEveryPooledConnection() throws SQLException {
		long newestBefore = this.jdbc.queryForObject("select max(session_id) from information_schema.sessions",
				Long.class);
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (oldestSession() <= newestBefore) {
			assertThat(Instant.now()).as("connections from before were closed").isBefore(deadline);
			sleep();
		}
	}

	private long oldestSession() {
		return this.jdbc.queryForObject("select min(session_id) from information_schema.sessions", Long.class);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
