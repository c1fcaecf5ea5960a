package io.trunkline.security.ui;

import java.net.http.HttpResponse;

import io.trunkline.security.SignInProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy, with {@code server.forward-headers-strategy} set as the README
 * says: the session cookie is Secure when the proxy received HTTPS, and the rate limit
 * counts the client's address, not the proxy's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:behind-proxy;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/behind-proxy-data", "server.forward-headers-strategy=native" })
@ActiveProfiles("test")
class BehindProxyIT {

	@LocalServerPort
	private int port;

	@Autowired
	private SignInProperties properties;

	@Test
	void session_cookie_is_secure_when_the_proxy_received_https() throws Exception {
		HttpResponse<String> overHttps = http().get("/login", "X-Forwarded-Proto: https");
		assertThat(PlainHttp.sessionSetCookie(overHttps)).contains("; Secure");

		HttpResponse<String> overHttp = http().get("/login", "X-Forwarded-Proto: http");
		assertThat(PlainHttp.sessionSetCookie(overHttp)).doesNotContain("; Secure");
	}

	@Test
	void each_client_behind_the_proxy_has_its_own_bucket() throws Exception {
		String client = "X-Forwarded-For: 203.0.113.7";
		for (int i = 0; i < this.properties.burst(); i++) {
			assertRefusedAsWrong(attempt(client));
		}
		HttpResponse<String> refused = attempt(client);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).isEqualTo("Too many sign-in attempts, try again in a minute.");
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));

		assertRefusedAsWrong(attempt("X-Forwarded-For: 203.0.113.8"));
	}

	private HttpResponse<String> attempt(String client) throws Exception {
		return http().signIn("someone@example.test", "guess", client);
	}

	private static void assertRefusedAsWrong(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	private PlainHttp http() {
		return new PlainHttp(this.port);
	}

}
