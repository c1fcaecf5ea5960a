package io.trunkline.audit;

import java.io.StringWriter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.trunkline.KaribuTest;
import io.trunkline.Rendered;
import io.trunkline.audit.ui.AuditView;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A marker secret set everywhere a secret is typed (trunk password, Twilio token, inbound
 * PIN, a person's password, a failed sign-in's password) appears in no audit row, read
 * raw, nor in the view, the export or the log; the trail says only that it changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditSecretsTest extends KaribuTest {

	private static final String MARKER = "Marker-Secret-Au7x";

	private static final String MARKER_PIN = "7039518264";

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TwilioIntegrationService integrations;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private UserService users;

	@Autowired
	private AuditExport export;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private WebApplicationContext web;

	@Test
	@SuppressWarnings("unchecked")
	void a_marker_secret_is_in_no_entry_no_view_no_export_and_no_log(CapturedOutput output) throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Marked trunk", MARKER);
		TwilioSummary twilio = this.fixtures.twilio(org, "Marked Twilio", MARKER);
		this.accounts.setPassword(org.adminEmail(), "first-password-123");
		this.accounts.signIn(org.adminEmail());
		TrunkCommand trunkUpdate = TrunkCommand.of(trunk);
		trunkUpdate.setNewPassword(MARKER + "-2");
		this.trunks.update(trunk.id(), trunk.version(), trunkUpdate);
		TwilioCommand twilioUpdate = TwilioCommand.of(twilio);
		twilioUpdate.setNewAuthToken(MARKER + "-2");
		this.integrations.update(twilio.id(), twilio.version(), twilioUpdate);
		PhoneNumberCommand number = NumberFixtures.command(trunk, "+1 415 555 0299");
		number.setInboundPin(MARKER_PIN);
		PhoneNumberDetails created = this.numbers.create(number);
		this.users.changeOwnPassword("first-password-123", MARKER + "-3");
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
		mvc.perform(formLogin("/login").user(org.adminEmail()).password(MARKER + "-4"));
		mvc.perform(formLogin("/login").user("unknown-au7x@example.test").password(MARKER + "-5"));

		AuditTrail trail = new AuditTrail(this.jdbc);
		assertThat(trail.of(org.id())).extracting(AuditTrail.Entry::action)
			.contains(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.SIGN_IN_FAILED);
		assertThat(trail.last(org.id(), AuditAction.CREATE, AuditEntityType.PHONE_NUMBER).entityId())
			.isEqualTo(created.id());
		assertThat(trail.everything()).contains("Marked trunk", "\"changed\"")
			.doesNotContain(MARKER)
			.doesNotContain(MARKER_PIN);

		signIn(org.adminEmail());
		UI.getCurrent().navigate(AuditView.class);
		Grid<AuditRow> grid = _get(AuditView.class).getChildren()
			.filter(Grid.class::isInstance)
			.map((component) -> (Grid<AuditRow>) component)
			.findFirst()
			.orElseThrow();
		String cells = IntStream.range(0, _findAll(grid).size())
			.mapToObj((row) -> String.join("|", _getFormattedRow(grid, row)))
			.collect(Collectors.joining("\n"));
		assertThat(cells).contains("Marked trunk", "password: changed")
			.doesNotContain(MARKER)
			.doesNotContain(MARKER_PIN);
		assertThat(Rendered.all()).doesNotContain(MARKER).doesNotContain(MARKER_PIN);
		StringWriter csv = new StringWriter();
		this.export.write(AuditFilter.NONE, csv);
		assertThat(csv.toString()).contains("Marked Twilio").doesNotContain(MARKER).doesNotContain(MARKER_PIN);

		signIn("bootstrap-admin@trunkline.test");
		StringWriter platform = new StringWriter();
		this.export.write(AuditFilter.NONE, platform);
		assertThat(platform.toString()).contains("unknown-au7x@example.test").doesNotContain(MARKER);

		assertThat(output.getAll()).contains("action=CREATE entity=SIP_TRUNK").doesNotContain(MARKER);
	}

}
