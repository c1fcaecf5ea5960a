package io.trunkline.organization;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code firstStart}, part of the readiness group: down until the
 * first organization and its admin exist (or were already there), so that no load
 * balancer sends people to an instance whose first admin cannot sign in yet.
 */
@Component
class FirstStartHealthIndicator implements HealthIndicator {

	private final FirstStart firstStart;

	FirstStartHealthIndicator(FirstStart firstStart) {
		this.firstStart = firstStart;
	}

	@Override
	public Health health() {
		return this.firstStart.isRunning() ? Health.up().build() : Health.down().build();
	}

}
