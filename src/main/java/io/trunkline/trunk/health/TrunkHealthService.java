package io.trunkline.trunk.health;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.base.NotFoundException;
import io.trunkline.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The health of the organization's SIP trunks: the stored result of their last OPTIONS
 * check, the trunks with a given status, the trunks that went Down, and "Check now". The
 * scheduled job checks the due trunks through {@link TrunkChecks}.
 */
@Service
public class TrunkHealthService {

	private final TrunkHealthRepository health;

	private final TrunkChecks checks;

	private final CurrentUser currentUser;

	private final TrunkHealthProperties properties;

	private final TrunkCheckClaims claims;

	TrunkHealthService(TrunkHealthRepository health, TrunkChecks checks, CurrentUser currentUser,
			TrunkHealthProperties properties, TrunkCheckClaims claims) {
		this.health = health;
		this.checks = checks;
		this.currentUser = currentUser;
		this.properties = properties;
		this.claims = claims;
	}

	/** The health of these trunks of the caller's organization, by trunk id. */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, TrunkHealthView> forTrunks(Collection<Long> trunkIds) {
		if (trunkIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, TrunkHealthView> views = this.health
			.findByOrganizationIdAndTrunkIdIn(this.currentUser.organizationId(), trunkIds)
			.stream()
			.map(this::view)
			.collect(Collectors.toMap(TrunkHealthView::trunkId, Function.identity()));
		trunkIds.forEach((id) -> views.computeIfAbsent(id, TrunkHealthView::notChecked));
		return views;
	}

	/** The registration of these trunks of the caller's organization, by trunk id. */
	@PreAuthorize("isAuthenticated()")
	public Map<Long, RegistrationView> registrations(Collection<Long> trunkIds) {
		Map<Long, RegistrationView> views = this.health
			.findByOrganizationIdAndTrunkIdIn(this.currentUser.organizationId(), trunkIds)
			.stream()
			.map(RegistrationView::of)
			.collect(Collectors.toMap(RegistrationView::trunkId, Function.identity()));
		trunkIds.forEach((id) -> views.computeIfAbsent(id, RegistrationView::notChecked));
		return views;
	}

	/**
	 * The ids of the caller's organization's SIP trunks whose stored status is one of
	 * these ({@link TrunkStatus#NOT_CHECKED} includes trunks without any check yet).
	 */
	@PreAuthorize("isAuthenticated()")
	public List<Long> trunksWithStatus(Set<TrunkStatus> statuses) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		return this.health.findTrunkIdsWithStatus(this.currentUser.organizationId(),
				statuses.stream().map(TrunkStatus::name).toList(), statuses.contains(TrunkStatus.NOT_CHECKED));
	}

	/**
	 * The caller's organization's trunks that turned Down from Up and are still Down,
	 * longest down first.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<DownTrunk> downSinceUp() {
		return this.health.findDownSinceUp(this.currentUser.organizationId());
	}

	/**
	 * Checks a trunk of the caller's organization now (and its registration, when on) and
	 * waits for the result (at most the timeouts). Once per trunk per
	 * {@code trunkline.sip.check-now-cooldown} across all instances; while another check
	 * of the trunk is in flight (on any instance) this waits for its result instead.
	 * @throws NotFoundException for another organization's trunk
	 * @throws CheckTooSoonException when the trunk was checked on request just before
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public TrunkHealthView checkNow(long trunkId) {
		TrunkTarget target = this.health.findTarget(trunkId, this.currentUser.organizationId())
			.orElseThrow(() -> new NotFoundException("Trunk"));
		this.claims.startCheckNow(trunkId, this.properties.checkNowCooldown());
		Optional<String> claim = this.claims.claimNow(trunkId);
		if (claim.isPresent()) {
			TrunkHealthView view = this.checks.await(this.checks.submit(target, claim.get()));
			if (view != null) {
				return view;
			}
		}
		else {
			this.claims.awaitNoCheck(trunkId);
		}
		return this.health.findById(trunkId).map(this::view).orElseGet(() -> TrunkHealthView.notChecked(trunkId));
	}

	private TrunkHealthView view(TrunkHealth row) {
		return TrunkHealthView.of(row, this.claims.inFlight(row.checkStartedAt));
	}

}
