package io.trunkline.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.trunkline.TestClock;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one configuration of the API tests over a real port (so that they share one running
 * server): H2 in memory, a small rate limit (30 at once, 5 a second), 50 refused keys per
 * client address (then 1 a second), and a small body limit (and import limit), so that
 * both are reached quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1", "trunkline.data-dir=target/api-data",
				"trunkline.api.rate-limit.burst=30", "trunkline.api.rate-limit.per-second=5",
				"trunkline.api.refused-key-limit.burst=50", "trunkline.api.refused-key-limit.per-minute=60",
				"trunkline.api.max-body-bytes=4096", "trunkline.api.import-max-body-bytes=65536" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class, ApiTestKeys.class })
public @interface ApiTest {

}
