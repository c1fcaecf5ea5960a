package io.trunkline.base;

import java.util.Map;

/**
 * A feature's database constraints, each with the field error its service's own check
 * gives for the same broken rule. Each feature has one package-private bean of this type;
 * {@link ConstraintTranslator} collects them all.
 */
public interface ConstraintErrors {

	/**
	 * @return constraint name (as in the migration, any case) to the field error its
	 * violation means
	 */
	Map<String, FieldError> errors();

}
