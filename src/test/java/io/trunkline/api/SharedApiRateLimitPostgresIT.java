package io.trunkline.api;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.trunkline.PostgresTestBase;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.security.RateBuckets;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.api.SipTrunkApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API key's rate limit with the postgres profile's shared protection state: the bucket
 * is a row of {@code rate_limit_bucket}, and a second limiter on the same database (as
 * another instance has) takes from the same bucket, so that two instances allow the rate
 * once, not twice. The refused keys of a client address count on every instance alike.
 * With local tokens, each instance lets through at most that many more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trunkline.crypto.generate-if-missing=true", "trunkline.data-dir=target/api-shared-limit-data",
				"trunkline.api.rate-limit.burst=10", "trunkline.api.rate-limit.per-second=1",
				// exact: every request syncs (see the last test for local tokens)
				"trunkline.api.rate-limit.local-tokens=0", "trunkline.api.refused-key-limit.burst=3",
				"trunkline.api.refused-key-limit.per-minute=1" })
@Import({ TestAccounts.class, ApiTestKeys.class })
class SharedApiRateLimitPostgresIT extends PostgresTestBase {

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private RateBuckets sharedStore;

	@Autowired
	private ApiProperties properties;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void another_instance_takes_from_the_same_bucket_of_the_key() {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		ApiClient client = new ApiClient(this.port, key.key());
		HttpResponse<String> first = client.get("/api/v1/sip-trunks");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("RateLimit-Remaining")).hasValue("9");
		assertThat(this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class,
				ApiKeyBuckets.PREFIX + key.summary().id()))
			.isEqualTo(1);

		// Another instance's limiter: its own object, the same database.
		ApiKeyBuckets otherInstance = new ApiKeyBuckets(this.properties.rateLimit(), this.sharedStore);
		assertThat(otherInstance.isShared()).isTrue();
		Bucket bucket = otherInstance.of(key.summary().id());
		int taken = 0;
		while (taken < 20 && bucket.tryConsume(1)) {
			taken++;
		}
		// 9 were left; a token a second may have come back meanwhile, never ten.
		assertThat(taken).isBetween(9, 10);
		HttpResponse<String> limited = client.get("/api/v1/sip-trunks");
		assertProblem(limited, 429, "rate_limited");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void each_key_has_a_bucket_of_its_own() {
		CreatedApiKey one = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		CreatedApiKey two = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		ApiKeyBuckets limiter = new ApiKeyBuckets(this.properties.rateLimit(), this.sharedStore);
		Bucket bucket = limiter.of(one.summary().id());
		while (bucket.tryConsume(1)) {
			// empties the first key's bucket
		}
		assertProblem(new ApiClient(this.port, one.key()).get("/api/v1/sip-trunks"), 429, "rate_limited");
		assertThat(new ApiClient(this.port, two.key()).get("/api/v1/sip-trunks").statusCode()).isEqualTo(200);
	}

	@Test
	void with_local_tokens_each_instance_lets_through_at_most_that_many_more() {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.VIEWER);
		// 10 at once, 1 a second back; each instance takes up to 3 between two syncs
		ApiProperties.RateLimit limit = new ApiProperties.RateLimit(1, 10, 3, Duration.ofMinutes(1));
		Bucket one = new ApiKeyBuckets(limit, this.sharedStore).of(key.summary().id());
		Bucket two = new ApiKeyBuckets(limit, this.sharedStore).of(key.summary().id());
		assertThat(new ApiKeyBuckets(limit, this.sharedStore).of(key.summary().id())).as("a bucket of its own")
			.isNotSameAs(one);
		int taken = 0;
		int refusedInARow = 0;
		for (int i = 0; i < 100 && refusedInARow < 4; i++) {
			if (((i % 2 == 0) ? one : two).tryConsume(1)) {
				taken++;
				refusedInARow = 0;
			}
			else {
				refusedInARow++;
			}
		}
		// the burst, a token a second come back meanwhile, and at most 3 more per
		// instance
		assertThat(taken).isBetween(10, 10 + 1 + 2 * 3);
		assertThat(refusedInARow).as("both instances refuse in the end").isEqualTo(4);
	}

	@Test
	void refused_keys_counted_by_another_instance_block_the_address_here_too() {
		String address = "127.0.0.1";
		// Another instance refused three keys of this address: its burst.
		RefusedKeyLimit otherInstance = new RefusedKeyLimit(this.properties.refusedKeyLimit(), this.sharedStore);
		for (int i = 0; i < 3; i++) {
			otherInstance.refused(address);
		}
		assertThat(otherInstance.blockedFor(address)).isPresent();
		try {
			ApiClient guesser = new ApiClient(this.port, "tlk_not-a-key");
			// This instance looks at one more key (it never refused one of the
			// address)...
			assertThat(guesser.get("/api/v1/sip-trunks").statusCode()).isEqualTo(401);
			// ... whose refusal finds the shared bucket empty: in memory, two more would
			// still be looked at.
			HttpResponse<String> blocked = guesser.get("/api/v1/sip-trunks");
			assertProblem(blocked, 429, "too_many_refused_keys");
			assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
		}
		finally {
			// A full bucket again, for the other tests' requests from this address.
			this.jdbc.update("delete from rate_limit_bucket where id = ?", RefusedKeyLimit.PREFIX + address);
		}
	}

}
