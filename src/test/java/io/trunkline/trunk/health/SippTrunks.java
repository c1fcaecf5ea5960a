package io.trunkline.trunk.health;

import java.util.function.Consumer;

import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the Spring tests against sipp set up alike, as a JUnit extension
 * ({@code @RegisterExtension}): before each test a new organization (the test is skipped
 * without sipp); the sipp peer that plays the trunk, trunks of the organization that
 * point at it, and "Check now" as its admin; after the test the peer stops and nobody is
 * signed in.
 */
public final class SippTrunks implements BeforeEachCallback, AfterEachCallback {

	private TestAccounts accounts;

	private TrunkService trunks;

	private Org org;

	private Sipp sipp;

	@Override
	public void beforeEach(ExtensionContext context) {
		Sipp.assumeInstalled();
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		this.accounts = spring.getBean(TestAccounts.class);
		this.trunks = spring.getBean(TrunkService.class);
		this.org = this.accounts.newOrganization();
	}

	@Override
	public void afterEach(ExtensionContext context) throws InterruptedException {
		stopPeer();
		if (this.accounts != null) {
			this.accounts.signOut();
		}
	}

	public Org org() {
		return this.org;
	}

	/** Starts sipp with this scenario on a free port, stopping the one before. */
	public Sipp peer(String scenario, String transport) throws Exception {
		return peer(scenario, transport, Sipp.freePort());
	}

	/** Starts sipp with this scenario on this port, stopping the one before. */
	public Sipp peer(String scenario, String transport, int port) throws Exception {
		stopPeer();
		this.sipp = Sipp.start(scenario, transport, port);
		return this.sipp;
	}

	/**
	 * A trunk of the organization, created by its admin: UDP to the peer unless the
	 * details say otherwise.
	 */
	public TrunkSummary trunk(Consumer<TrunkCommand> details) {
		TrunkCommand command = new TrunkCommand();
		command.setName("Trunk " + System.nanoTime());
		if (this.sipp != null) {
			command.setTerminationUri("sip:127.0.0.1:" + this.sipp.port());
		}
		command.setTransport(Transport.UDP);
		details.accept(command);
		TrunkSummary[] created = new TrunkSummary[1];
		this.accounts.as(this.org.adminEmail(), () -> created[0] = this.trunks.create(command));
		return created[0];
	}

	/** A trunk of the organization: UDP to the peer. */
	public TrunkSummary trunk() {
		return trunk((command) -> {
		});
	}

	/** A trunk of the organization to this URI over this transport. */
	public TrunkSummary trunk(String uri, Transport transport) {
		return trunk((command) -> {
			command.setTerminationUri(uri);
			command.setTransport(transport);
		});
	}

	/** Signs the organization's admin in on this thread. */
	public void signInAdmin() {
		this.accounts.signIn(this.org.adminEmail());
	}

	/** "Check now" as the organization's admin (who stays signed in). */
	public TrunkHealthView checkNow(TrunkHealthService health, TrunkSummary trunk) {
		signInAdmin();
		return health.checkNow(trunk.id());
	}

	private void stopPeer() throws InterruptedException {
		if (this.sipp != null) {
			this.sipp.close();
			this.sipp = null;
		}
	}

}
