package io.trunkline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration (H2 in memory, test profile, fixtures), so that every
 * test class shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class, TestClock.class })
public @interface TrunklineTest {

}
