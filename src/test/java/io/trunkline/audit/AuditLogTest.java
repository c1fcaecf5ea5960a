package io.trunkline.audit;

import java.util.List;
import java.util.stream.Collectors;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How entries are written: in the change's transaction, only by a signed-in caller,
 * values cut to size, and logged as one line each whatever the text holds.
 */
@TrunklineTest
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTest {

	static final String PAYLOAD = "x\r\nFAKE LOG LINE <img src=x onerror=alert(1)>";

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private AgentService agents;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.accounts.signIn(this.org.adminEmail());
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_change_rolled_back_leaves_no_entry() {
		long before = this.trail.count();
		this.transactions.executeWithoutResult((status) -> {
			this.trunks.create(trunk("Rolled back"));
			status.setRollbackOnly();
		});
		assertThat(this.trunks.list()).isEmpty();
		assertThat(this.trail.count()).isEqualTo(before);
	}

	@Test
	void recording_needs_the_changes_transaction_and_a_signed_in_caller() {
		assertThatThrownBy(() -> this.auditLog.record(AuditAction.UPDATE, AuditEntityType.AGENT, 1L, Changes.none()))
			.isInstanceOf(IllegalTransactionStateException.class);
		this.accounts.signOut();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(
				(status) -> this.auditLog.record(AuditAction.UPDATE, AuditEntityType.AGENT, 1L, Changes.none())))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void long_values_are_cut() {
		AgentCommand command = new AgentCommand();
		command.setName("Talkative");
		command.setDescription("d".repeat(1000));
		this.agents.create(command);
		String stored = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.AGENT)
			.field("description")
			.newValue();
		assertThat(stored).hasSize(Changes.VALUE_MAX).endsWith("d…");
	}

	@Test
	void ids_of_many_records_keep_the_first_fifty_and_the_count() {
		List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 120).boxed().toList();
		FieldChange change = Changes.none().ids("ids", ids).list().get(0);
		assertThat(change.newValue())
			.isEqualTo("120 in all, the first 50: " + java.util.stream.IntStream.rangeClosed(1, 50)
				.mapToObj(String::valueOf)
				.collect(Collectors.joining(", ")));
	}

	@Test
	void each_entry_is_logged_after_commit_as_one_line_with_line_breaks_escaped(CapturedOutput output) {
		// Only a description may span lines (@PlainText): names cannot hold a line break.
		AgentCommand agent = new AgentCommand();
		agent.setName("Escaped");
		agent.setDescription(PAYLOAD);
		this.agents.create(agent);

		List<String> lines = output.getOut()
			.lines()
			.filter((line) -> line.contains("action=CREATE entity=AGENT"))
			.toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("x\\r\\nFAKE LOG LINE <img src=x onerror=alert(1)>");
		assertThat(output.getOut().lines()).noneMatch((line) -> line.startsWith("FAKE LOG LINE"));
	}

	@Test
	void log_lines_escape_every_control_character_and_line_separator() {
		assertThat(ControlChars.escape("a\rb\nc\u0085d\u2028e\tf")).isEqualTo("a\\rb\\nc\\u0085d\\u2028e\\u0009f");
		assertThat(ControlChars.replace("a\r\nb\u2029")).isEqualTo("a??b?");
	}

	private TrunkCommand trunk(String name) {
		TrunkCommand command = new TrunkCommand();
		command.setName(name);
		command.setTerminationUri("sip:pbx.example.com");
		return command;
	}

}
