package io.trunkline.trunk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.trunkline.trunk.health.SharedChecks.Instance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What instances on one database share of the checks: the "Check now" cooldown, which
 * trunk is being checked ("Checking" on every instance) and that a trunk is never checked
 * twice at once; a dead instance's claim does not last. Run on H2 and on PostgreSQL, with
 * a peer that never answers (each check takes the 1 s timeout).
 */
interface SharedCheckStateContract {

	String NO_ANSWER = "No answer within 1 s";

	SharedChecks shared();

	@BeforeEach
	default void startPeer() throws Exception {
		shared().start();
	}

	@AfterEach
	default void stopPeer() {
		shared().stop();
	}

	@Test
	default void check_now_on_another_instance_within_the_cooldown_is_refused_with_the_same_message() {
		SharedChecks shared = shared();
		long trunk = shared.trunk();
		shared.signIn();

		assertThat(shared.first().service().checkNow(trunk).lastResponse()).isEqualTo(NO_ANSWER);
		Instance other = shared.other("instance-b", Duration.ZERO);
		assertThatThrownBy(() -> other.service().checkNow(trunk)).isInstanceOf(CheckTooSoonException.class)
			.hasMessageMatching("This trunk was just checked; try again in (8|9|10) s");
		assertThatThrownBy(() -> shared.first().service().checkNow(trunk)).isInstanceOf(CheckTooSoonException.class);
		assertThat(shared.peer().requests()).isEqualTo(1);

		Instance later = shared.other("instance-c", Duration.ofSeconds(11));
		assertThat(later.service().checkNow(trunk).lastResponse()).isEqualTo(NO_ANSWER);
		assertThat(shared.peer().requests()).isEqualTo(2);
	}

	@Test
	default void a_trunk_checked_on_one_instance_shows_checking_on_another_which_does_not_check_it() throws Exception {
		SharedChecks shared = shared();
		long trunk = shared.trunk();
		Instance other = shared.other("instance-b", Duration.ZERO);

		CompletableFuture<TrunkHealthView> checkNow = CompletableFuture
			.supplyAsync(() -> shared.asAdmin(() -> shared.first().service().checkNow(trunk)));
		shared.awaitClaimed(trunk);
		assertThat(shared.status(other, trunk)).isEqualTo(TrunkStatus.CHECKING);
		shared.runJob(other);

		assertThat(checkNow.get(10, TimeUnit.SECONDS).lastResponse()).isEqualTo(NO_ANSWER);
		assertThat(shared.peer().requests()).as("checks that reached the peer").isEqualTo(1);
		assertThat(shared.status(other, trunk)).isEqualTo(TrunkStatus.DOWN);
	}

	@Test
	default void check_now_during_another_instances_job_run_waits_for_that_check() throws Exception {
		SharedChecks shared = shared();
		long trunk = shared.trunk();
		Instance other = shared.other("instance-b", Duration.ZERO);

		CompletableFuture<Void> run = CompletableFuture.runAsync(() -> shared.runJob(shared.first()));
		shared.awaitClaimed(trunk);
		shared.signIn();
		TrunkHealthView view = other.service().checkNow(trunk);

		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo(NO_ANSWER);
		run.get(10, TimeUnit.SECONDS);
		assertThat(shared.peer().requests()).as("checks that reached the peer").isEqualTo(1);
	}

	@Test
	default void a_dead_instances_claim_is_taken_when_stale_and_its_runs_claims_by_the_next_run() {
		SharedChecks shared = shared();
		Instance other = shared.other("instance-b", Duration.ZERO);
		long stale = shared.trunk();
		assertThat(shared.first().claims().claimNow(stale)).isPresent();
		shared.leftByDeadInstance(stale, Duration.ofHours(1));
		assertThat(shared.status(other, stale)).isEqualTo(TrunkStatus.NOT_CHECKED);
		assertThat(other.service().checkNow(stale).lastResponse()).isEqualTo(NO_ANSWER);
		assertThat(shared.peer().requests()).isEqualTo(1);

		long deadRun = shared.trunk();
		long checkedNow = shared.trunk();
		assertThat(shared.first().claims().claimForRun(List.of(deadRun), shared.first().claims().newRun()))
			.containsExactly(deadRun);
		assertThat(shared.first().claims().claimNow(checkedNow)).isPresent();
		assertThat(shared.status(other, deadRun)).isEqualTo(TrunkStatus.CHECKING);
		shared.runJob(other);

		assertThat(shared.status(other, deadRun)).isEqualTo(TrunkStatus.DOWN);
		assertThat(shared.status(other, checkedNow)).as("claimed by a live Check now").isEqualTo(TrunkStatus.CHECKING);
		assertThat(shared.peer().requests()).isEqualTo(2);
	}

	@Test
	default void of_instances_racing_for_a_trunk_one_wins_the_claim_and_one_the_cooldown() throws Exception {
		SharedChecks shared = shared();
		long trunk = shared.trunk();
		List<Instance> instances = List.of(shared.first(), shared.other("instance-b", Duration.ZERO),
				shared.other("instance-c", Duration.ZERO), shared.other("instance-d", Duration.ZERO));

		List<Optional<String>> claims = race(instances, (instance) -> instance.claims().claimNow(trunk));
		List<Boolean> started = race(instances, (instance) -> {
			try {
				instance.claims().startCheckNow(trunk, Duration.ofSeconds(10));
				return true;
			}
			catch (CheckTooSoonException ex) {
				return false;
			}
		});

		assertThat(claims).filteredOn(Optional::isPresent).hasSize(1);
		assertThat(started).filteredOn((won) -> won).hasSize(1);
	}

	/** Runs this on each instance from two threads, all at once. */
	private static <T> List<T> race(List<Instance> instances, java.util.function.Function<Instance, T> action)
			throws Exception {
		int racers = instances.size() * 2;
		ExecutorService threads = Executors.newFixedThreadPool(racers);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				Instance instance = instances.get(i % instances.size());
				Callable<T> racer = () -> {
					go.await();
					return action.apply(instance);
				};
				futures.add(threads.submit(racer));
			}
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
