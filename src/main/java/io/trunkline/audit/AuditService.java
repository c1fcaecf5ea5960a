package io.trunkline.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import io.trunkline.security.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads the audit trail, newest first. An admin reads their organization's entries; an
 * operator also the platform-level ones. Nobody reads another organization's entries.
 * Read-only: the trail has no method to change or delete an entry.
 */
@Service
@Transactional(readOnly = true)
@Validated
public class AuditService {

	private final AuditSearch search;

	private final CurrentUser currentUser;

	AuditService(AuditSearch search, CurrentUser currentUser) {
		this.search = search;
		this.currentUser = currentUser;
	}

	/** One page of the entries matching the filter, without counting them all. */
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	public List<AuditRow> page(@Valid AuditFilter filter, Pageable pageable) {
		return this.search.page(AuditScope.of(this.currentUser.requireCaller()), filter, pageable.getOffset(),
				pageable.getPageSize());
	}

	/**
	 * Up to {@code limit} entries matching the filter that come after the entry that
	 * occurred at {@code lastAt} with id {@code lastId} (from the newest when
	 * {@code lastAt} is {@code null}): pages that stay in place while entries are added.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	public List<AuditRow> pageAfter(@Valid AuditFilter filter, Instant lastAt, long lastId, int limit) {
		return this.search.after(AuditScope.of(this.currentUser.requireCaller()), filter, lastAt, lastId, limit);
	}

}
