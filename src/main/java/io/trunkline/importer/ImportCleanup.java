package io.trunkline.importer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what imports keep no longer, once an hour on one instance of the cluster (a
 * db-scheduler recurring task): the rows (reports) of imports that ended longer ago than
 * {@code trunkline.import.keep-reports} (30 days), and reviews nobody imported within
 * {@code trunkline.import.keep-reviews} (a day). The import's own record stays, as do the
 * numbers it brought in. It also turns rows that a version before V20 stored as imported
 * into the form the cursor reads.
 */
@Configuration(proxyBeanMethods = false)
class ImportCleanup {

	static final String TASK = "import-cleanup";

	private static final Logger log = LoggerFactory.getLogger(ImportCleanup.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Duration keepReports;

	private final Duration keepReviews;

	ImportCleanup(JdbcTemplate jdbc, TransactionTemplate transactions,
			@Value("${trunkline.import.keep-reports:30d}") Duration keepReports,
			@Value("${trunkline.import.keep-reviews:24h}") Duration keepReviews) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keepReports = keepReports;
		this.keepReviews = keepReviews;
	}

	@Bean
	RecurringTask<Void> importCleanupTask() {
		return Tasks.recurring(TASK, FixedDelay.ofHours(1)).execute((instance, context) -> run(Instant.now()));
	}

	/**
	 * @return how many imports lost their rows, or were deleted as unused reviews
	 */
	int run(Instant now) {
		settleOldVerdicts();
		Timestamp reports = Timestamp.from(now.minus(this.keepReports));
		Timestamp reviews = Timestamp.from(now.minus(this.keepReviews));
		List<Long> ended = this.jdbc.queryForList("select id from import_batch where rows_kept = true and"
				+ " status in ('DONE', 'CANCELLED', 'FAILED') and finished_at < ?", Long.class, reports);
		List<Long> unused = this.jdbc.queryForList(
				"select id from import_batch where status = 'REVIEWED' and started_at < ?", Long.class, reviews);
		// one import at a time: a million rows are deleted in their own transaction
		for (Long id : ended) {
			this.transactions.executeWithoutResult((tx) -> {
				this.jdbc.update("delete from import_row where import_batch_id = ?", id);
				this.jdbc.update("update import_batch set rows_kept = false where id = ?", id);
			});
		}
		for (Long id : unused) {
			this.transactions.executeWithoutResult((tx) -> {
				this.jdbc.update("delete from import_row where import_batch_id = ?", id);
				this.jdbc.update("delete from import_batch where id = ? and status = 'REVIEWED'", id);
			});
		}
		if (!ended.isEmpty() || !unused.isEmpty()) {
			log.info("Import clean-up: removed the reports of {} import(s) and {} unused review(s)", ended.size(),
					unused.size());
		}
		return ended.size() + unused.size();
	}

	/**
	 * Rows that an instance of a version before V20 still stored as {@code IMPORTED} (its
	 * chunk committed during a rolling upgrade) take the form V20 gave the others: the
	 * import's cursor moves to its last imported line where it was behind it, and the
	 * rows become {@code READY}, which the cursor reads as imported. Until then they are
	 * counted and shown right, but the "Imported" filter, which reads the cursor, misses
	 * them. Only kept reports are looked at, each through the index of its import.
	 */
	private void settleOldVerdicts() {
		String old = " from import_row r where r.import_batch_id = import_batch.id and r.status = 'IMPORTED'";
		this.transactions.executeWithoutResult((tx) -> {
			int moved = this.jdbc.update("update import_batch set cursor_line = (select max(r.line)" + old
					+ ") where rows_kept = true and cursor_line < (select coalesce(max(r.line), 0)" + old + ")");
			int rows = this.jdbc.update("update import_row set status = 'READY' where status = 'IMPORTED'"
					+ " and import_batch_id in (select b.id from import_batch b where b.rows_kept = true)");
			if (rows > 0) {
				log.info("Import clean-up: {} row(s) stored as imported by an older version read by the cursor now"
						+ " ({} import(s) moved their cursor)", rows, moved);
			}
		});
	}

}
