package io.trunkline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in backoff in PostgreSQL's {@code sign_in_failure} table (postgres profile),
 * so that every instance on the database counts the same failures: N instances allow no
 * more guesses than one. Each failure is one atomic upsert per row, so failures counted
 * at once on two instances are both counted. Rows past their expiry count as absent;
 * {@link #removeExpired} deletes them.
 */
final class DatabaseSignInBackoff extends SignInBackoff {

	private static final String PAIR = "pair:";

	private static final String EMAIL = "email:";

	// One failure more: a live row counts on, an expired one starts again at 1. The
	// pair's
	// expiry slides with each failure; the email's window stays where its first failure
	// put it.
	private static final String COUNT_FAILURE = """
			insert into sign_in_failure as f (id, failures, delayed_until, expires_at) values (?, 1, null, ?)
			on conflict (id) do update set
			    failures = case when f.expires_at > ? then f.failures + 1 else 1 end,
			    delayed_until = case when f.expires_at > ? then f.delayed_until else null end,
			    expires_at = case when f.expires_at > ? then %s else excluded.expires_at end
			returning failures""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DatabaseSignInBackoff(SignInProperties properties, JdbcTemplate jdbc, Clock clock) {
		super(properties);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	boolean isDelayed(String email, String address) {
		OffsetDateTime now = now();
		Integer refusing = this.jdbc.queryForObject("""
				select count(*) from sign_in_failure
				where expires_at > ? and ((id = ? and failures >= ?) or (id = ? and delayed_until > ?))""",
				Integer.class, now, EMAIL + key(email), properties().emailFailureCap(), PAIR + key(email, address),
				now);
		return refusing != null && refusing > 0;
	}

	@Override
	void failed(String email, String address) {
		OffsetDateTime now = now();
		String pair = PAIR + key(email, address);
		int count = countFailure(pair, now, now.plus(properties().failuresKeptFor()), "excluded.expires_at");
		Duration delay = delayAfter(count);
		if (delay.isPositive()) {
			// Never shortens a delay that a later failure on another instance set
			// already.
			this.jdbc.update(
					"update sign_in_failure set delayed_until = ? where id = ? and (delayed_until is null or delayed_until < ?)",
					now.plus(delay), pair, now.plus(delay));
		}
		countFailure(EMAIL + key(email), now, now.plus(properties().emailFailureWindow()), "f.expires_at");
	}

	@Override
	void succeeded(String email, String address) {
		this.jdbc.update("delete from sign_in_failure where id = ?", PAIR + key(email, address));
	}

	/**
	 * Deletes the rows that count no more.
	 * @return how many
	 */
	int removeExpired() {
		return this.jdbc.update("delete from sign_in_failure where expires_at <= ?", now());
	}

	private int countFailure(String id, OffsetDateTime now, OffsetDateTime expiry, String liveExpiry) {
		Integer failures = this.jdbc.queryForObject(COUNT_FAILURE.formatted(liveExpiry), Integer.class, id, expiry, now,
				now, now);
		return (failures != null) ? failures : 1;
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

}
