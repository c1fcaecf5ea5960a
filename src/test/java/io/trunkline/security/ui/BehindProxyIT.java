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

	private static final String EMAIL = "bootstrap-admin@trunkline.test";

	private static final String PASSWORD = "bootstrap-admin-password";

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

	@Test
	void a_sign_in_is_same_origin_by_the_address_the_proxy_received() throws Exception {
		String[] proxied = { "X-Forwarded-For: 203.0.113.9", "X-Forwarded-Proto: https",
				"X-Forwarded-Host: console.example" };
		HttpResponse<String> own = http().signIn(EMAIL, PASSWORD, with(proxied, "Origin: https://console.example"));
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(own.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		HttpResponse<String> internal = http().signIn(EMAIL, PASSWORD,
				with(proxied, "Origin: http://localhost:" + this.port));
		assertThat(internal.statusCode()).isEqualTo(403);
		HttpResponse<String> foreign = http().signIn(EMAIL, PASSWORD,
				with(proxied, "Origin: https://attacker.example"));
		assertThat(foreign.statusCode()).isEqualTo(403);
	}

	private static String[] with(String[] headers, String header) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
		all[headers.length] = header;
		return all;
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
