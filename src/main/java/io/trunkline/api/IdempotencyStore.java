package io.trunkline.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code idempotency_record} table: one row per organization and Idempotency-Key,
 * kept 24 hours. Each statement commits on its own, so that a second request sees the
 * first one running. A row without an answer that is older than the lease belongs to a
 * request that died with its instance (a request that creates takes far less): the next
 * request with the same key and body takes it over and runs. The row's {@code created_at}
 * is its owner's mark: the answer of a request whose row was taken over is neither kept
 * nor does its failure free the key.
 */
class IdempotencyStore {

	static final Duration KEPT = Duration.ofHours(24);

	/** The most characters of an answer the table keeps ({@code body varchar(65536)}). */
	static final int BODY_MAX_CHARS = 65_536;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration lease;

	IdempotencyStore(JdbcTemplate jdbc, Clock clock, Duration lease) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lease = lease;
	}

	/** What {@link #begin} found. */
	sealed interface Outcome {

	}

	/**
	 * No earlier request, or one whose lease ran out: this one runs, and its answer is
	 * kept.
	 *
	 * @param owner the row's mark, for {@link #complete} and {@link #forget}
	 */
	record Started(Instant owner) implements Outcome {
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
		// The database keeps microseconds: the mark must compare equal once stored.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.update("delete from idempotency_record where organization_id = ? and created_at < ?", organizationId,
				Timestamp.from(now.minus(KEPT)));
		try {
			this.jdbc
				.update("insert into idempotency_record (organization_id, idempotency_key, request_hash, created_at)"
						+ " values (?, ?, ?, ?)", organizationId, key, requestHash, Timestamp.from(now));
			return new Started(now);
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
			Outcome outcome = found.isEmpty() ? new Running() : found.get(0);
			return (outcome instanceof Running && takeOver(organizationId, key, requestHash, now)) ? new Started(now)
					: outcome;
		}
	}

	/**
	 * Takes over a row still without an answer whose lease ran out, in one statement: of
	 * two retries at once, one wins.
	 */
	private boolean takeOver(long organizationId, String key, String requestHash, Instant now) {
		return this.jdbc.update(
				"update idempotency_record set created_at = ? where organization_id = ? and idempotency_key = ?"
						+ " and request_hash = ? and status is null and created_at < ?",
				Timestamp.from(now), organizationId, key, requestHash, Timestamp.from(now.minus(this.lease))) == 1;
	}

	/**
	 * Keeps the answer of the request that owns the row.
	 * @param body at most {@link #BODY_MAX_CHARS} characters, or {@code null} for an
	 * answer kept without its body
	 */
	void complete(long organizationId, String key, Instant owner, int status, String contentType, String location,
			String body) {
		if (body != null && body.length() > BODY_MAX_CHARS) {
			throw new IllegalArgumentException("An answer of " + body.length() + " characters is too long to keep");
		}
		this.jdbc.update(
				"update idempotency_record set status = ?, content_type = ?, location = ?, body = ?"
						+ " where organization_id = ? and idempotency_key = ? and created_at = ? and status is null",
				status, contentType, location, body, organizationId, key, Timestamp.from(owner));
	}

	/**
	 * Forgets a request that failed on the server's side (or whose refusal is too long to
	 * keep), so that it can be retried; a row another request took over stays.
	 */
	void forget(long organizationId, String key, Instant owner) {
		this.jdbc.update(
				"delete from idempotency_record where organization_id = ? and idempotency_key = ? and created_at = ?"
						+ " and status is null",
				organizationId, key, Timestamp.from(owner));
	}

}
