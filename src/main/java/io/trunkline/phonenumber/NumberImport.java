package io.trunkline.phonenumber;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.base.SqlDialect;
import io.trunkline.security.CurrentUser;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk side of numbers, for the importer: which numbers exist already, the binding
 * rules for a whole batch, and batched inserts with ids taken from the sequence Hibernate
 * uses (each value is used by one side only, so ids never collide). Always inside the
 * caller's transaction and the caller's organization.
 */
@Component
public class NumberImport {

	// every column PhoneNumber.write sets, from the same draft
	private static final String INSERT = "insert into phone_number (id, version, organization_id, number, pseudo,"
			+ " region, line_type, display_name, search_name, description, active, provider, sip_trunk_id,"
			+ " twilio_integration_id, supports_inbound, supports_outbound, inbound_webhook_url,"
			+ " allowed_inbound_countries, allowed_outbound_countries, fallback_number, test_call_destination,"
			+ " inbound_pin, inbound_room_pattern, import_batch_id, created_at, updated_at)"
			+ " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final BindingStore bindings;

	private final CurrentUser currentUser;

	private final SqlDialect dialect;

	private final SequenceValues ids;

	private final NumberCopy copy;

	NumberImport(JdbcTemplate jdbc, BindingStore bindings, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.bindings = bindings;
		this.currentUser = currentUser;
		this.dialect = new SqlDialect(jdbc);
		this.ids = new SequenceValues(jdbc, this.dialect, "phone_number_seq");
		this.copy = new NumberCopy(jdbc);
	}

	/**
	 * Inserts, as coming from one import batch and with their agents, the checked numbers
	 * the organization does not have yet, and tells which it wrote: on PostgreSQL with
	 * {@code COPY} into a staging table and one {@code INSERT ... ON CONFLICT DO NOTHING}
	 * (a number stored meanwhile by another transaction counts as present), on H2 with
	 * {@link #present} and {@link #insert}. A number given twice is stored once, as its
	 * first draft says, and is not counted as present.
	 * @return the ids of the numbers written, by E.164; the others were present
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Long> insertNew(long batchId, List<NumberDraft> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		Map<String, NumberDraft> distinct = new LinkedHashMap<>();
		numbers.forEach((number) -> distinct.putIfAbsent(number.number().e164(), number));
		if (!this.dialect.isPostgres()) {
			Set<String> present = present(distinct.keySet());
			List<NumberDraft> fresh = distinct.values()
				.stream()
				.filter((number) -> !present.contains(number.number().e164()))
				.toList();
			List<Long> ids = insertWithIds(batchId, fresh);
			Map<String, Long> written = new HashMap<>();
			for (int i = 0; i < fresh.size(); i++) {
				written.put(fresh.get(i).number().e164(), ids.get(i));
			}
			return written;
		}
		long organizationId = this.currentUser.organizationId();
		List<NumberDraft> drafts = List.copyOf(distinct.values());
		List<Long> ids = this.ids.next(drafts.size());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Set<Long> stored = this.copy.insert(organizationId, batchId, drafts, ids, now);
		Map<String, Long> written = new HashMap<>();
		List<Long> storedIds = new ArrayList<>(stored.size());
		List<NumberDraft> storedNumbers = new ArrayList<>(stored.size());
		for (int i = 0; i < drafts.size(); i++) {
			if (stored.contains(ids.get(i))) {
				written.put(drafts.get(i).number().e164(), ids.get(i));
				storedIds.add(ids.get(i));
				storedNumbers.add(drafts.get(i));
			}
		}
		// bindings_changed_at is in the copied rows already
		bind(organizationId, storedIds, storedNumbers);
		return written;
	}

	/** Which of the given normalized numbers the organization has already. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> present(Collection<String> numbers) {
		long organizationId = this.currentUser.organizationId();
		// one array parameter, joined so that both databases look each number up in the
		// unique index
		String sql = this.dialect.isPostgres()
				? "select p.number from unnest(cast(? as varchar[])) t(n) join phone_number p"
						+ " on p.organization_id = ? and p.number = t.n"
				: "select p.number from table(n varchar(64) = ?) t join phone_number p"
						+ " on p.organization_id = ? and p.number = t.n";
		Set<String> present = new HashSet<>();
		for (List<String> chunk : BindingStore.chunks(numbers)) {
			present.addAll(this.jdbc.queryForList(sql, String.class, chunk.toArray(String[]::new), organizationId));
		}
		return present;
	}

	/**
	 * Inserts the checked numbers, which must be absent, as coming from one import batch,
	 * with their agents: the same columns as the form's writer stores.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(long batchId, List<NumberDraft> numbers) {
		insertWithIds(batchId, numbers);
	}

	// the ids given, in the numbers' order
	private List<Long> insertWithIds(long batchId, List<NumberDraft> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		long organizationId = this.currentUser.organizationId();
		List<Long> ids = this.ids.next(numbers.size());
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement insert, int i) throws SQLException {
				row(insert, ids.get(i), organizationId, batchId, numbers.get(i), now);
			}

			@Override
			public int getBatchSize() {
				return numbers.size();
			}

		});
		bind(organizationId, ids, numbers)
			.forEach((numberIds) -> this.bindings.stamp(organizationId, numberIds, now.toInstant()));
		return ids;
	}

	/**
	 * Stores the agents of numbers just inserted, in one set-based insert per distinct
	 * list and line.
	 * @return the ids of the numbers that have agents, grouped by their lists
	 */
	private Collection<List<Long>> bind(long organizationId, List<Long> ids, List<NumberDraft> numbers) {
		Map<NumberBindings, List<Long>> byBindings = new LinkedHashMap<>();
		for (int i = 0; i < numbers.size(); i++) {
			if (numbers.get(i).bindings().inUse()) {
				byBindings.computeIfAbsent(numbers.get(i).bindings(), (key) -> new ArrayList<>()).add(ids.get(i));
			}
		}
		byBindings.forEach((lines, numberIds) -> {
			for (Direction direction : Direction.values()) {
				if (!lines.of(direction).isEmpty()) {
					this.bindings.replace(organizationId, numberIds, direction, lines.of(direction));
				}
			}
		});
		return byBindings.values();
	}

	private static void row(PreparedStatement insert, long id, long organizationId, long batchId, NumberDraft number,
			Timestamp now) throws SQLException {
		NormalizedNumber normalized = number.number();
		insert.setLong(1, id);
		insert.setLong(2, organizationId);
		insert.setString(3, normalized.e164());
		insert.setBoolean(4, normalized.pseudo());
		insert.setString(5, normalized.region());
		insert.setString(6, normalized.lineType().name());
		insert.setString(7, number.displayName());
		insert.setString(8, number.searchName());
		insert.setString(9, number.description());
		insert.setBoolean(10, number.active());
		insert.setString(11, number.provider().name());
		setLong(insert, 12, number.sipTrunkId());
		setLong(insert, 13, number.twilioIntegrationId());
		insert.setBoolean(14, number.supportsInbound());
		insert.setBoolean(15, number.supportsOutbound());
		insert.setString(16, number.inboundWebhookUrl());
		insert.setString(17, number.allowedInboundCountries());
		insert.setString(18, number.allowedOutboundCountries());
		insert.setString(19, number.fallbackNumber());
		insert.setString(20, number.testCallDestination());
		insert.setString(21, number.inboundPin());
		insert.setString(22, number.inboundRoomPattern());
		insert.setLong(23, batchId);
		insert.setTimestamp(24, now);
		insert.setTimestamp(25, now);
	}

	private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
		if (value != null) {
			insert.setLong(index, value);
		}
		else {
			insert.setNull(index, Types.BIGINT);
		}
	}

}
