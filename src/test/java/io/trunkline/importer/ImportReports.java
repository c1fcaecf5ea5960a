package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationContext;

/**
 * Runs the imports' clean-up as it would run {@code age} from now, for tests elsewhere.
 */
public final class ImportReports {

	private ImportReports() {
	}

	/**
	 * @return how many imports lost their report or were deleted as unused reviews
	 */
	public static int cleanUpAsIf(ApplicationContext context, Duration age) {
		return context.getBean(ImportCleanup.class).run(Instant.now().plus(age));
	}

}
