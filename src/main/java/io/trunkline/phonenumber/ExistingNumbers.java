package io.trunkline.phonenumber;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the number that won a race on the unique constraint. The save that lost it cannot
 * ask in its own transaction (PostgreSQL refuses every statement after the violation), so
 * this reads in a new one, which sees the winner: the losing insert only fails once the
 * winner has committed.
 */
@Component
class ExistingNumbers {

	private final PhoneNumberRepository numbers;

	ExistingNumbers(PhoneNumberRepository numbers) {
		this.numbers = numbers;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	Optional<Long> idOf(long organizationId, String e164) {
		return this.numbers.findIdByNumber(organizationId, e164);
	}

}
