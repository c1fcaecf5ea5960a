package io.trunkline.trunk.health;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a trunk counts as gone Down from Up, for the home page's warning. */
class TrunkHealthTest {

	private static final CheckResult OK = CheckResult.ofResponse(200, "OK", 10);

	private static final CheckResult SILENT = CheckResult.failure("No answer within 5 s");

	private final TrunkHealth health = new TrunkHealth(1L, 2L, Instant.EPOCH);

	private void apply(CheckResult result, long second) {
		this.health.apply(result, Instant.ofEpochSecond(second), 3, 2, false);
	}

	@Test
	void down_since_is_the_check_that_turned_an_up_trunk_down_and_ends_when_it_is_up_again() {
		apply(OK, 1);
		apply(SILENT, 2);
		apply(SILENT, 3);
		assertThat(this.health.downSince).isNull();
		apply(SILENT, 4);
		assertThat(this.health.status).isEqualTo(TrunkStatus.DOWN);
		assertThat(this.health.downSince).isEqualTo(Instant.ofEpochSecond(4));
		apply(SILENT, 5);
		apply(OK, 6);
		assertThat(this.health.downSince).isEqualTo(Instant.ofEpochSecond(4));
		apply(OK, 7);
		assertThat(this.health.status).isEqualTo(TrunkStatus.UP);
		assertThat(this.health.downSince).isNull();
	}

	@Test
	void a_trunk_down_from_its_first_check_was_never_up_and_has_no_down_since() {
		apply(SILENT, 1);
		assertThat(this.health.status).isEqualTo(TrunkStatus.DOWN);
		assertThat(this.health.downSince).isNull();
	}

}
