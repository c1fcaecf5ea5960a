package io.trunkline.security.ui;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and the session cookie as the real embedded server sends them. (Same
 * configuration as {@code SignInBrowserIT}, so both share one running application.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/browser-data" })
@ActiveProfiles("test")
class SignInHttpIT {

	private static final String EMAIL = "bootstrap-admin@trunkline.test";

	private static final String PASSWORD = "bootstrap-admin-password";

	@LocalServerPort
	private int port;

	@Test
	void sign_in_page_carries_the_security_headers() throws Exception {
		HttpResponse<String> page = http().get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertSecurityHeaders(page);
	}

	@Test
	void a_signed_in_vaadin_page_carries_them_too() throws Exception {
		String cookie = PlainHttp.sessionCookie(http().signIn(EMAIL, PASSWORD));
		HttpResponse<String> page = http().get("/users", "Cookie: " + cookie);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("window.Vaadin");
		assertSecurityHeaders(page);
	}

	@Test
	void session_cookie_is_http_only_and_same_site_lax_and_over_plain_http_not_secure() throws Exception {
		String setCookie = PlainHttp.sessionSetCookie(http().get("/login"));
		assertThat(setCookie).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContainIgnoringCase("Secure");
	}

	@Test
	void signing_in_replaces_the_session_id_and_the_old_one_stays_signed_out() throws Exception {
		HttpResponse<String> page = http().get("/login");
		String before = PlainHttp.sessionCookie(page);
		HttpResponse<String> signedIn = http().post("/login",
				Map.of("username", EMAIL, "password", PASSWORD, "_csrf", PlainHttp.csrfToken(page)),
				"Cookie: " + before);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		String after = PlainHttp.sessionCookie(signedIn);
		assertThat(after).isNotEqualTo(before);
		assertThat(http().get("/users", "Cookie: " + after).statusCode()).isEqualTo(200);
		assertThat(http().get("/users", "Cookie: " + before).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void a_sign_in_posted_from_another_site_is_refused_and_from_this_one_signs_in() throws Exception {
		HttpResponse<String> foreign = http().signIn(EMAIL, PASSWORD, "Origin: https://attacker.example");
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).isEqualTo(SameOriginSignIn.REFUSED);

		HttpResponse<String> own = http().signIn(EMAIL, PASSWORD, "Origin: http://localhost:" + this.port);
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(own.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
		assertThat(response.headers().allValues("Content-Security-Policy"))
			.containsExactly(WebSecurityConfig.CONTENT_SECURITY_POLICY);
		assertThat(WebSecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.contains("default-src 'self'")
			.contains("object-src 'none'");
	}

	private PlainHttp http() {
		return new PlainHttp(this.port);
	}

}
