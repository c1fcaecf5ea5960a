package io.trunkline.security.ui;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TRUNKLINE_SECURE_COOKIE=true}: the session cookie is Secure even though this
 * server only sees plain HTTP (a TLS proxy whose forwarded headers are not configured).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:secure-cookie;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/secure-cookie-data", "TRUNKLINE_SECURE_COOKIE=true" })
@ActiveProfiles("test")
class SecureCookieIT {

	@LocalServerPort
	private int port;

	@Test
	void session_cookie_is_secure_when_configured() throws Exception {
		String setCookie = PlainHttp.sessionSetCookie(new PlainHttp(this.port).get("/login"));
		assertThat(setCookie).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
	}

}
