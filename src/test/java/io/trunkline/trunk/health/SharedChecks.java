package io.trunkline.trunk.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.trunkline.security.CurrentUser;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Two (or more) instances of the checks on the test's one database: the context's own,
 * and others built from the same beans but with claims, checks and a service of their own
 * (another instance name, a clock of their own), as a second JVM would have them. A
 * silent peer counts the checks that reach it.
 */
@TestComponent
class SharedChecks {

	/** The checks and service of one instance. */
	record Instance(TrunkHealthService service, TrunkChecks checks, TrunkCheckClaims claims) {
	}

	private final TestAccounts accounts;

	private final TrunkService trunks;

	private final NamedParameterJdbcTemplate jdbc;

	private final TrunkHealthRepository health;

	private final TrunkHealthRecorder recorder;

	private final SipOptionsClient client;

	private final SipRegistrar registrar;

	private final CurrentUser currentUser;

	private final TrunkHealthProperties properties;

	private final SipTlsProperties tls;

	private final Instance first;

	private final List<TrunkChecks> started = new ArrayList<>();

	private Org org;

	private SilentSipPeer peer;

	SharedChecks(TestAccounts accounts, TrunkService trunks, NamedParameterJdbcTemplate jdbc,
			TrunkHealthRepository health, TrunkHealthRecorder recorder, SipOptionsClient client, SipRegistrar registrar,
			CurrentUser currentUser, TrunkHealthProperties properties, SipTlsProperties tls, TrunkHealthService service,
			TrunkChecks checks, TrunkCheckClaims claims) {
		this.accounts = accounts;
		this.trunks = trunks;
		this.jdbc = jdbc;
		this.health = health;
		this.recorder = recorder;
		this.client = client;
		this.registrar = registrar;
		this.currentUser = currentUser;
		this.properties = properties;
		this.tls = tls;
		this.first = new Instance(service, checks, claims);
	}

	void start() throws Exception {
		this.org = this.accounts.newOrganization();
		this.peer = new SilentSipPeer();
	}

	void stop() {
		this.started.forEach(TrunkChecks::destroy);
		this.started.clear();
		if (this.peer != null) {
			this.peer.close();
		}
		this.accounts.signOut();
	}

	/** The context's instance. */
	Instance first() {
		return this.first;
	}

	/** Another instance, whose clock is this much ahead. */
	Instance other(String name, Duration clockAhead) {
		TrunkCheckClaims claims = new TrunkCheckClaims(this.jdbc, Clock.offset(Clock.systemUTC(), clockAhead), name,
				this.properties, this.tls);
		TrunkChecks checks = new TrunkChecks(this.health, this.recorder, this.client, this.registrar, this.currentUser,
				this.properties, claims);
		this.started.add(checks);
		return new Instance(new TrunkHealthService(this.health, checks, this.currentUser, this.properties, claims),
				checks, claims);
	}

	SilentSipPeer peer() {
		return this.peer;
	}

	/** A new UDP trunk of the organization to the silent peer. */
	long trunk() {
		TrunkCommand command = new TrunkCommand();
		command.setName("Trunk " + System.nanoTime());
		command.setTerminationUri(this.peer.uri());
		command.setTransport(Transport.UDP);
		long[] id = new long[1];
		this.accounts.as(this.org.adminEmail(), () -> id[0] = this.trunks.create(command).id());
		return id[0];
	}

	/** Signs the organization's admin in on this thread. */
	void signIn() {
		this.accounts.signIn(this.org.adminEmail());
	}

	/** Runs this as the organization's admin, on any thread. */
	<T> T asAdmin(Supplier<T> action) {
		List<T> result = new ArrayList<>(1);
		this.accounts.as(this.org.adminEmail(), () -> result.add(action.get()));
		return result.getFirst();
	}

	/** The status another instance shows for a trunk. */
	TrunkStatus status(Instance instance, long trunkId) {
		signIn();
		return instance.service().forTrunks(List.of(trunkId)).get(trunkId).status();
	}

	/** Runs the job on an instance, on this thread, as db-scheduler would: signed out. */
	void runJob(Instance instance) {
		this.accounts.signOut();
		instance.checks().checkDue();
	}

	/** Waits until a check has claimed the trunk. */
	void awaitClaimed(long trunkId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.jdbc.queryForObject(
				"select count(*) from trunk_health where trunk_id = :id" + " and check_claim is not null",
				Map.of("id", trunkId), Long.class) == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Trunk " + trunkId + " not claimed within 5 s");
			}
			Thread.sleep(10);
		}
	}

	/** Makes a trunk's claim look as a dead instance left it, this long ago. */
	void leftByDeadInstance(long trunkId, Duration ago) {
		this.jdbc.update(
				"update trunk_health set checked_by_instance = 'dead', check_started_at = :at"
						+ " where trunk_id = :id",
				Map.of("id", trunkId, "at", OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC)));
	}

}
