package io.trunkline.audit.ui;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import io.trunkline.KaribuTest;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditExport;
import io.trunkline.audit.AuditFilter;
import io.trunkline.audit.AuditRow;
import io.trunkline.audit.AuditService;
import io.trunkline.audit.FieldChange;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.crypto.KeyRotationService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The audit view as an admin, an operator and the other roles see it.
 */
class AuditViewTest extends KaribuTest {

	static final String PAYLOAD = "x\r\nFAKE LOG LINE <img src=x onerror=alert(1)>";

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private AuditService audit;

	@Autowired
	private AuditExport export;

	@Autowired
	private KeyRotationService rotation;

	@Autowired
	private AgentService agents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private WebApplicationContext web;

	@Test
	void an_admin_sees_their_organizations_entries_and_never_another_organizations() throws Exception {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.fixtures.trunk(a, "A carrier", "pw");
		this.fixtures.trunk(b, "B carrier", "pw");

		open(a.adminEmail());
		assertThat(changes()).anyMatch((text) -> text.contains("A carrier"))
			.noneMatch((text) -> text.contains("B carrier"));
		assertThat(rows()).extracting(AuditRow::organizationId).containsOnly(a.id());
		assertThat(rows()).extracting(AuditRow::userEmail).contains(a.adminEmail()).doesNotContain(b.adminEmail());
		type(view().filters.user, b.adminEmail());
		assertThat(rows()).isEmpty();
		assertThat(csv()).isEmpty();
		type(view().filters.user, "");
		assertThat(csv()).extracting((row) -> row.get("changes"))
			.anyMatch((text) -> text.contains("A carrier"))
			.noneMatch((text) -> text.contains("B carrier"));
	}

	@Test
	void platform_events_are_for_operators_only() {
		Org a = this.accounts.newOrganization();
		this.accounts.asOperator(this.rotation::rotate);

		open(a.adminEmail());
		assertThat(rows()).extracting(AuditRow::entityType)
			.doesNotContain(AuditEntityType.ORGANIZATION, AuditEntityType.ENCRYPTION_KEY);

		open("bootstrap-admin@trunkline.test");
		assertThat(rows())
			.anyMatch((row) -> row.entityType() == AuditEntityType.ORGANIZATION && row.entityId() == a.id()
					&& row.organizationId() == null)
			.anyMatch((row) -> row.action() == AuditAction.KEY_ROTATION)
			.noneMatch((row) -> row.organizationId() != null && row.organizationId() == a.id());
	}

	@Test
	void filters_by_user_action_entity_and_days() {
		Org org = this.accounts.newOrganization();
		String manager = this.accounts.addUser(org, Role.AGENT_MANAGER);
		this.fixtures.trunk(org, "Carrier", "pw");
		AgentCommand ava = new AgentCommand();
		ava.setName("Ava");
		this.accounts.as(manager, () -> this.agents.create(ava));
		this.fixtures.agent(org, "Ben", 1);

		open(org.adminEmail());
		type(view().filters.user, manager.substring(0, 12).toUpperCase());
		assertThat(rows()).isNotEmpty().allMatch((row) -> row.userEmail().equals(manager));
		type(view().filters.user, "");
		type(view().filters.action, AuditAction.PUBLISH);
		assertThat(rows()).hasSize(1).allMatch((row) -> row.entityType() == AuditEntityType.AGENT);
		type(view().filters.action, null);
		type(view().filters.entityType, AuditEntityType.SIP_TRUNK);
		assertThat(rows()).hasSize(1).allMatch((row) -> row.action() == AuditAction.CREATE);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		type(view().filters.from, today);
		type(view().filters.to, today);
		assertThat(rows()).hasSize(1);
		type(view().filters.from, today.plusDays(1));
		type(view().filters.to, today.plusDays(1));
		assertThat(rows()).isEmpty();
	}

	@Test
	void other_roles_cannot_open_the_view_or_read_the_trail_and_the_refusal_is_recorded() {
		Org org = this.accounts.newOrganization();
		for (Role role : List.of(Role.VIEWER, Role.AGENT_MANAGER)) {
			String person = this.accounts.addUser(org, role);
			signIn(person);
			assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).hasMessageContaining("denied");
			_assertNone(AuditView.class);
			assertThatThrownBy(() -> this.audit.page(AuditFilter.NONE, Pageable.ofSize(10)))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(this.jdbc
				.queryForList("select changes from audit_entry where action = 'ACCESS_DENIED' and entity_type = 'VIEW' "
						+ "and user_email = ?", String.class, person))
				.containsExactly("[{\"field\":\"target\",\"old\":null,\"new\":\"/audit\"}]");
		}
	}

	@Test
	void line_breaks_and_markup_in_names_stay_inert_in_the_grid_and_the_export() throws Exception {
		Org org = this.accounts.newOrganization();
		// Only a description may span lines (@PlainText): names cannot hold a line break.
		AgentCommand agent = new AgentCommand();
		agent.setName("Inert");
		agent.setDescription(PAYLOAD);
		this.accounts.as(org.adminEmail(), () -> this.agents.create(agent));

		open(org.adminEmail());
		type(view().filters.entityType, AuditEntityType.AGENT);
		AuditRow row = rows().get(0);
		assertThat(row.changesText()).contains("description: " + PAYLOAD);
		assertThat(_getFormattedRow(grid(), 0)).contains(row.changesText());
		assertThat(grid().getColumns()).allMatch((column) -> column.getRenderer() instanceof ColumnPathRenderer);
		// the drawer's own text is Html; nothing of the audit trail is
		assertThat(_find(_get(AuditView.class), Html.class)).isEmpty();
		assertThat(_find(Html.class)).noneMatch((html) -> html.getInnerHtml().contains("onerror"));

		List<CSVRecord> exported = csv();
		assertThat(exported).hasSize(1);
		assertThat(exported.get(0).get("changes")).contains("description: " + PAYLOAD);
	}

	@Test
	void an_entry_opens_whole_with_every_field_and_names_the_entity_as_it_was_called() {
		Org org = this.accounts.newOrganization();
		AgentSummary[] agent = new AgentSummary[1];
		this.accounts.as(org.adminEmail(), () -> {
			AgentCommand command = new AgentCommand();
			command.setName("Support");
			command.setDescription("A description long enough to be cut off in a narrow column of the grid");
			agent[0] = this.agents.create(command);
			AgentCommand renamed = AgentCommand.of(agent[0]);
			renamed.setName("Helpdesk");
			this.agents.update(agent[0].id(), agent[0].version(), renamed);
		});
		this.fixtures.trunk(org, "Carrier A", "secret-password");

		open(org.adminEmail());
		type(view().filters.entityType, AuditEntityType.AGENT);
		assertThat(rows()).extracting(AuditRow::entityText).containsExactly("Agent Helpdesk", "Agent Support");
		_clickItem(grid(), 1, 0, false, false, false, false);
		AuditEntryDialog created = _get(AuditEntryDialog.class);
		assertThat(created.getHeaderTitle()).isEqualTo("Create · Agent Support");
		assertThat(_findAll(created.changes)).extracting(FieldChange::field).contains("name", "description");
		int description = _findAll(created.changes).stream().map(FieldChange::field).toList().indexOf("description");
		assertThat(_getFormattedRow(created.changes, description)).containsExactly("description", "(none)",
				"A description long enough to be cut off in a narrow column of the grid");
		created.close();

		type(view().filters.entityType, AuditEntityType.SIP_TRUNK);
		_clickItem(grid(), 0, 0, false, false, false, false);
		AuditEntryDialog trunk = _get(AuditEntryDialog.class);
		int password = _findAll(trunk.changes).stream().map(FieldChange::field).toList().indexOf("password");
		assertThat(_getFormattedRow(trunk.changes, password)).containsExactly("password", "(none)", "changed");
		assertThat(_findAll(trunk.changes)).noneMatch((change) -> String.valueOf(change.newValue()).contains("secret"));
	}

	@Test
	void an_entry_recorded_without_a_name_falls_back_to_the_type_and_id() {
		Org org = this.accounts.newOrganization();
		this.fixtures.agent(org, "Old", 0);
		this.jdbc.update("update audit_entry set entity_name = null where organization_id = ?", org.id());
		open(org.adminEmail());
		type(view().filters.entityType, AuditEntityType.AGENT);
		assertThat(rows().get(0).entityText()).matches("Agent #\\d+");
	}

	@Test
	void text_a_spreadsheet_would_run_is_neutralized_in_the_export() throws Exception {
		// A plausible email, as the trail keeps only those as typed; "=" is allowed in
		// one.
		String typed = "=HYPERLINK+1@attacker.example";
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
		mvc.perform(formLogin("/login").user(typed).password("whatever-password")).andExpect(unauthenticated());

		open("bootstrap-admin@trunkline.test");
		type(view().filters.action, AuditAction.SIGN_IN_FAILED);
		type(view().filters.user, "=hyperlink");
		assertThat(rows()).extracting(AuditRow::userEmail).containsExactly(typed.toLowerCase());
		assertThat(csv()).extracting((row) -> row.get("user_email")).containsExactly("'" + typed.toLowerCase());
	}

	private void open(String email) {
		signIn(email);
		UI.getCurrent().navigate(AuditView.class);
	}

	private List<CSVRecord> csv() throws Exception {
		StringWriter out = new StringWriter();
		this.export.write(view().filters.filter(), out);
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString()))
			.getRecords();
	}

	private static AuditView view() {
		return _get(AuditView.class);
	}

	private static Grid<AuditRow> grid() {
		return view().grid;
	}

	private static List<AuditRow> rows() {
		return _findAll(grid());
	}

	private static List<String> changes() {
		return rows().stream().map(AuditRow::changesText).toList();
	}

}
