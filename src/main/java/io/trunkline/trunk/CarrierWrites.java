package io.trunkline.trunk;

import java.util.function.Consumer;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.ConstraintTranslator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The write every carrier with a write-only secret shares: its secret is encrypted bound
 * to the row's id, so the id must exist before the row is written.
 */
final class CarrierWrites {

	private CarrierWrites() {
	}

	/**
	 * Saves the carrier, sealing its secret once it has its id, in one flush.
	 * @param seal sets (or clears) the stored secret of the saved carrier
	 * @throws ConcurrentChangeException when someone else saved it meanwhile
	 */
	static <E> E save(JpaRepository<E, Long> repository, E carrier, Consumer<E> seal,
			ConstraintTranslator constraints) {
		try {
			// save() persists a new carrier and assigns its id from the sequence, without
			// writing yet: the secret is bound to that id, and one flush writes the row
			// with it.
			E saved = repository.save(carrier);
			seal.accept(saved);
			return repository.saveAndFlush(saved);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConcurrentChangeException();
		}
		catch (DataIntegrityViolationException ex) {
			throw constraints.translate(ex);
		}
	}

}
