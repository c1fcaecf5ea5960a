package io.trunkline.base;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The one translation of a database constraint violation into what a person reads: the
 * field error its feature registered for the constraint ({@link ConstraintErrors}), or,
 * for a constraint nobody registered, a logged {@link SaveFailedException}. The name
 * comes from Hibernate (its dialect knows each database's messages), never from matching
 * a message here; the log line names only the constraint and the SQL state, never a value
 * of the row.
 */
@Component
public class ConstraintTranslator {

	private static final Logger log = LoggerFactory.getLogger(ConstraintTranslator.class);

	/** H2 names a unique constraint's index after it: {@code UK_AGENT_NAME_INDEX_3}. */
	private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_index_[0-9a-z]+$");

	private final Map<String, FieldError> errors = new HashMap<>();

	private final ViolatedConstraintNameExtractor extractor;

	ConstraintTranslator(List<ConstraintErrors> features, EntityManagerFactory entityManagerFactory) {
		for (ConstraintErrors feature : features) {
			feature.errors().forEach((name, error) -> {
				if (this.errors.put(normalize(name), error) != null) {
					throw new IllegalStateException("Constraint " + name + " is registered twice");
				}
			});
		}
		this.extractor = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getViolatedConstraintNameExtractor();
	}

	/**
	 * @return the field error registered for the violated constraint, or a
	 * {@link SaveFailedException} (logged) for any other
	 */
	public RuntimeException translate(DataIntegrityViolationException ex) {
		Optional<String> name = constraintName(ex);
		FieldError error = name.map(this.errors::get).orElse(null);
		if (error != null) {
			return new FieldException(List.of(error));
		}
		log.error("A change was refused: {}", describe(ex));
		return new SaveFailedException();
	}

	/**
	 * @return what a log line may say of a database error: its kind, the violated
	 * constraint and the SQL state, never the driver's message (it names values of the
	 * row)
	 */
	public String describe(Throwable ex) {
		return ex.getClass().getSimpleName() + " (constraint " + constraintName(ex).orElse("unknown") + ", SQL state "
				+ sqlState(ex).orElse("none") + ")";
	}

	/**
	 * @return whether {@code ex} is a violation of the constraint named
	 * {@code constraint} (any case)
	 */
	public boolean violates(DataIntegrityViolationException ex, String constraint) {
		return constraintName(ex).filter(normalize(constraint)::equals).isPresent();
	}

	/**
	 * @return the violated constraint's name, lower case, without schema or H2's index
	 * suffix
	 */
	Optional<String> constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return Optional.of(normalize(violation.getConstraintName()));
			}
			if (cause instanceof SQLException sql) {
				String name = this.extractor.extractConstraintName(sql);
				if (name != null) {
					return Optional.of(normalize(name));
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return Optional.of(sql.getSQLState());
			}
		}
		return Optional.empty();
	}

	/**
	 * @param name as Hibernate extracted it: {@code uk_agent_name} (PostgreSQL),
	 * {@code PUBLIC.UK_AGENT_NAME INDEX PUBLIC.UK_AGENT_NAME_INDEX_3} (H2 2.5) or
	 * {@code PUBLIC.UK_AGENT_NAME_INDEX_3} (earlier H2)
	 */
	static String normalize(String name) {
		String plain = name.replace("\"", "").strip().toLowerCase(Locale.ROOT).split("\\s+", 2)[0];
		plain = plain.substring(plain.lastIndexOf('.') + 1);
		return H2_INDEX_SUFFIX.matcher(plain).replaceFirst("");
	}

}
