package io.trunkline.base.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.trunkline.KaribuTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.TrunkHealthRows;
import io.trunkline.trunk.health.TrunkStatus;
import io.trunkline.trunk.ui.DownTrunkWarnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page warns the organization of a trunk that went from Up to Down, naming it
 * and since when, until it is Up again; not of another organization's trunks.
 */
class HomeTrunkWarningsTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private Org org;

	private TrunkSummary trunk;

	private TrunkHealthRows health;

	@BeforeEach
	void downTrunk() {
		this.health = new TrunkHealthRows(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Carrier West", "pw");
		TrunkSummary neverUp = this.fixtures.trunk(this.org, "Never up", "pw");
		this.health.store(this.trunk.id(), this.org.id(), TrunkStatus.DOWN, 503, "Service Unavailable",
				Instant.parse("2026-12-01T10:15:00Z"));
		this.health.store(neverUp.id(), this.org.id(), TrunkStatus.DOWN, null, "No answer within 5 s", null);
	}

	@Test
	void an_admin_sees_the_trunk_since_when_and_a_link_to_it() {
		signIn(this.org.adminEmail());
		DownTrunkWarnings warnings = _get(DownTrunkWarnings.class);
		assertThat(warnings.getElement().getTextRecursively()).contains(
				"SIP trunk Carrier West is Down since 2026-12-01 10:15 UTC (last response: 503 Service Unavailable)")
			.doesNotContain("Never up");
		RouterLink link = _get(warnings, RouterLink.class);
		assertThat(link.getHref()).isEqualTo("trunks?trunk=" + this.trunk.id());
		assertThat(_get(warnings, Anchor.class).getHref()).isEqualTo("numbers?trunk_status=down");
	}

	@Test
	void a_viewer_sees_the_warning_without_a_link_to_the_trunks_view() {
		signIn(this.accounts.addUser(this.org, Role.VIEWER));
		DownTrunkWarnings warnings = _get(DownTrunkWarnings.class);
		assertThat(warnings.getElement().getTextRecursively()).contains("Carrier West is Down since");
		_assertNone(warnings, RouterLink.class);
	}

	@Test
	void the_warning_ends_when_the_trunk_is_up_and_never_shows_to_another_organization() {
		signIn(this.accounts.newOrganization().adminEmail());
		_assertNone(DownTrunkWarnings.class);
		this.health.store(this.trunk.id(), this.org.id(), TrunkStatus.UP, 200, "OK", null);
		signIn(this.org.adminEmail());
		_assertNone(DownTrunkWarnings.class);
	}

}
