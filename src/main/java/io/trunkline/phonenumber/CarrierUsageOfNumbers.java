package io.trunkline.phonenumber;

import io.trunkline.trunk.CarrierUsage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers as the trunk feature sees them ({@link CarrierUsage}): counted per trunk or
 * integration, before one is deleted.
 */
@Component
class CarrierUsageOfNumbers implements CarrierUsage {

	private final PhoneNumberRepository numbers;

	CarrierUsageOfNumbers(PhoneNumberRepository numbers) {
		this.numbers = numbers;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public long numbersOnTrunk(long organizationId, long trunkId) {
		return this.numbers.countOnTrunk(organizationId, trunkId);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public long numbersOnTwilio(long organizationId, long integrationId) {
		return this.numbers.countOnTwilio(organizationId, integrationId);
	}

}
