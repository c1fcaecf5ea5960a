package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.trunkline.base.SqlDialect;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which trunk is being checked and when "Check now" last ran, in {@code trunk_health}, so
 * that every instance on the database sees the same: a check claims its trunk with one
 * conditional update, which only one of two racing instances can win, and the claim ends
 * with the stored result. A claim older than the longest a check can take is stale (its
 * instance died or its check hangs) and may be taken; so may a claim of a job run other
 * than the current one, as db-scheduler runs the job on one instance at a time and
 * revives a dead instance's run on another.
 */
@Component
class TrunkCheckClaims {

	private static final String RUN = "run:";

	private static final String NOW = "now:";

	/** A claim that "Check now" may take: none, or a stale one. */
	private static final String FREE = "(check_claim is null or check_started_at < :stale)";

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlDialect dialect;

	private final Clock clock;

	private final String instance;

	private final Duration checkTimeout;

	@Autowired
	TrunkCheckClaims(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock, TrunkHealthProperties properties,
			SipTlsProperties tls, @Value("${db-scheduler.scheduler-name:}") String schedulerName) {
		this(jdbc, clock.getIfAvailable(Clock::systemUTC), schedulerName.isBlank() ? hostName() : schedulerName,
				properties, tls);
	}

	TrunkCheckClaims(NamedParameterJdbcTemplate jdbc, Clock clock, String instance, TrunkHealthProperties properties,
			SipTlsProperties tls) {
		this.jdbc = jdbc;
		this.dialect = new SqlDialect(jdbc.getJdbcTemplate());
		this.clock = clock;
		this.instance = (instance.length() > 100) ? instance.substring(0, 100) : instance;
		// an OPTIONS and a challenged REGISTER: three exchanges at most, each within its
		// timeout, and some margin
		this.checkTimeout = Duration
			.ofMillis(3 * Math.max(properties.timeout().toMillis(), tls.timeout().toMillis()) + 5000);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	/** The longest a check may take; a claim older than that is stale. */
	Duration checkTimeout() {
		return this.checkTimeout;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Whether a check that claimed its trunk at this time still counts as in flight. */
	boolean inFlight(Instant checkStartedAt) {
		return checkStartedAt != null && checkStartedAt.isAfter(now().minus(this.checkTimeout));
	}

	/** A new job run's name, for its claims. */
	String newRun() {
		return RUN + UUID.randomUUID();
	}

	/**
	 * Claims these trunks for a job run: those nobody checks, those whose claim is stale
	 * and those of another run.
	 * @return the ids claimed
	 */
	Set<Long> claimForRun(Collection<Long> trunkIds, String run) {
		if (trunkIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> claimed = claimRows(trunkIds, run);
		if (claimed.size() < trunkIds.size()) {
			// a trunk without a row yet, or one that another check holds
			List<Long> rest = trunkIds.stream().filter((id) -> !claimed.contains(id)).toList();
			addMissingRows(rest);
			claimed.addAll(claimRows(rest, run));
		}
		return claimed;
	}

	/** One statement: the claim's update, answering the ids it updated. */
	private Set<Long> claimRows(Collection<Long> trunkIds, String run) {
		String update = "update trunk_health set check_claim = :claim, checked_by_instance = :instance,"
				+ " check_started_at = :now where trunk_id in (:ids) and (" + FREE
				+ " or (check_claim like 'run:%' and check_claim <> :claim))";
		String sql = this.dialect.isPostgres() ? update + " returning trunk_id"
				: "select trunk_id from final table (" + update + ")";
		return new HashSet<>(this.jdbc.queryForList(sql, claim(run).addValue("ids", trunkIds), Long.class));
	}

	/**
	 * Claims a trunk for "Check now" unless another check of it is in flight.
	 * @return the claim, to end it with
	 */
	Optional<String> claimNow(long trunkId) {
		addMissingRows(List.of(trunkId));
		String claim = NOW + UUID.randomUUID();
		int claimed = this.jdbc.update(
				"update trunk_health set check_claim = :claim, checked_by_instance = :instance,"
						+ " check_started_at = :now where trunk_id = :id and " + FREE,
				claim(claim).addValue("id", trunkId));
		return (claimed == 1) ? Optional.of(claim) : Optional.empty();
	}

	/**
	 * Notes a "Check now" of this trunk unless one ran within the cooldown, on any
	 * instance.
	 * @throws CheckTooSoonException when one did
	 */
	void startCheckNow(long trunkId, Duration cooldown) {
		addMissingRows(List.of(trunkId));
		Instant now = now();
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", trunkId).addValue("now", at(now))
			.addValue("since", at(now.minus(cooldown)));
		if (this.jdbc.update("update trunk_health set check_now_at = :now where trunk_id = :id"
				+ " and (check_now_at is null or check_now_at <= :since)", parameters) == 0) {
			List<OffsetDateTime> last = this.jdbc.queryForList(
					"select check_now_at from trunk_health where trunk_id = :id", parameters, OffsetDateTime.class);
			Instant lastAt = (last.isEmpty() || last.getFirst() == null) ? now : last.getFirst().toInstant();
			throw new CheckTooSoonException(Duration.between(now, lastAt.plus(cooldown)));
		}
	}

	/** Ends a claim on these trunks, if it is still theirs. */
	void release(Collection<Long> trunkIds, String claim) {
		if (!trunkIds.isEmpty()) {
			this.jdbc.update(
					"update trunk_health set check_claim = null, checked_by_instance = null,"
							+ " check_started_at = null where trunk_id in (:ids) and check_claim = :claim",
					Map.of("ids", trunkIds, "claim", claim));
		}
	}

	/** Ends every claim a job run still holds. */
	void releaseRun(String run) {
		this.jdbc.update("update trunk_health set check_claim = null, checked_by_instance = null,"
				+ " check_started_at = null where check_claim = :claim", Map.of("claim", run));
	}

	/**
	 * Waits until no check of this trunk is in flight, at most the check timeout.
	 * @return whether none is
	 */
	boolean awaitNoCheck(long trunkId) {
		long deadline = System.nanoTime() + this.checkTimeout.toNanos();
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", trunkId);
		try {
			while (true) {
				parameters.addValue("stale", at(now().minus(this.checkTimeout)));
				if (this.jdbc.queryForObject("select count(*) from trunk_health where trunk_id = :id and not " + FREE,
						parameters, Long.class) == 0) {
					return true;
				}
				if (System.nanoTime() > deadline) {
					return false;
				}
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A trunk without a row gets one ("not checked yet", due now), as a claim is a column
	 * of it.
	 */
	private void addMissingRows(Collection<Long> trunkIds) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("ids", trunkIds).addValue("now", at(now()));
		for (int attempt = 0;; attempt++) {
			try {
				this.jdbc.update("insert into trunk_health (trunk_id, version, organization_id, status, next_check_at,"
						+ " consecutive_failures, consecutive_successes) select t.id, 0, t.organization_id,"
						+ " 'NOT_CHECKED', :now, 0, 0 from sip_trunk t where t.id in (:ids)"
						+ " and not exists (select 1 from trunk_health h where h.trunk_id = t.id)", parameters);
				return;
			}
			catch (DuplicateKeyException ex) {
				// another instance added one of them meanwhile: add the others
				if (attempt == 2) {
					throw ex;
				}
			}
		}
	}

	private MapSqlParameterSource claim(String claim) {
		Instant now = now();
		return new MapSqlParameterSource("claim", claim).addValue("instance", this.instance)
			.addValue("now", at(now))
			.addValue("stale", at(now.minus(this.checkTimeout)));
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
