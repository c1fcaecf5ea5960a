package io.trunkline.security.crypto;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link KeysetRotations} in the one row of {@code keyset_rotation} (V14). */
@Component
class JdbcKeysetRotations implements KeysetRotations {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JdbcKeysetRotations(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public OptionalInt committedPrimary() {
		List<Long> ids = this.jdbc.queryForList("select primary_key_id from keyset_rotation where id = 1", Long.class);
		return (ids.isEmpty() || ids.get(0) == null) ? OptionalInt.empty() : OptionalInt.of(ids.get(0).intValue());
	}

	@Override
	public void lock() {
		this.jdbc.queryForList("select id from keyset_rotation where id = 1 for update", Integer.class);
	}

	@Override
	public void record(int primaryKeyId) {
		this.jdbc.update("update keyset_rotation set primary_key_id = ?, rotated_at = ? where id = 1",
				(long) primaryKeyId, Instant.now(this.clock).atOffset(ZoneOffset.UTC));
	}

}
