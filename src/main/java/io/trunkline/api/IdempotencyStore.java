package io.trunkline.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_record} table: one row per organization and Idempotency-Key,
 * kept 24 hours. Each statement commits on its own, so that a second request sees the
 * first one running.
 */
class IdempotencyStore {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What {@link #begin} found. */
	sealed interface Outcome {

	}

	/** No earlier request: this one runs, and its answer is kept. */
	record Started() implements Outcome {
	}

	/** The same key with another request. */
	record Mismatch() implements Outcome {
	}

	/** The same request with this key is still running. */
	record Running() implements Outcome {
	}

	/** The first answer to replay. */
	record Replay(int status, String contentType, String location, String body) implements Outcome {
	}

	Outcome begin(long organizationId, String key, String requestHash) {
		Instant now = this.clock.instant();
		this.jdbc.update("delete from idempotency_record where organization_id = ? and created_at < ?", organizationId,
				Timestamp.from(now.minus(KEPT)));
		try {
			this.jdbc
				.update("insert into idempotency_record (organization_id, idempotency_key, request_hash, created_at)"
						+ " values (?, ?, ?, ?)", organizationId, key, requestHash, Timestamp.from(now));
			return new Started();
		}
		catch (DuplicateKeyException ex) {
			List<Outcome> found = this.jdbc
				.query("select request_hash, status, content_type, location, body from idempotency_record"
						+ " where organization_id = ? and idempotency_key = ?", (row, i) -> {
							if (!row.getString(1).equals(requestHash)) {
								return new Mismatch();
							}
							int status = row.getInt(2);
							return row.wasNull() ? new Running()
									: new Replay(status, row.getString(3), row.getString(4), row.getString(5));
						}, organizationId, key);
			// Gone meanwhile (the first request failed): treat as running, the client
			// retries.
			return found.isEmpty() ? new Running() : found.get(0);
		}
	}

	void complete(long organizationId, String key, int status, String contentType, String location, String body) {
		this.jdbc.update(
				"update idempotency_record set status = ?, content_type = ?, location = ?, body = ?"
						+ " where organization_id = ? and idempotency_key = ?",
				status, contentType, location, body, organizationId, key);
	}

	/** Forgets a request that failed on the server's side, so that it can be retried. */
	void forget(long organizationId, String key) {
		this.jdbc.update("delete from idempotency_record where organization_id = ? and idempotency_key = ?",
				organizationId, key);
	}

}
