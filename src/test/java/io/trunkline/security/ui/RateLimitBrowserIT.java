package io.trunkline.security.ui;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.security.SignInProperties;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a person sees who keeps guessing: the generic message, then, beyond the burst, the
 * request to wait. (Same configuration as {@code BehindProxyIT}: the browser poses as a
 * client behind the proxy, so it has a bucket of its own.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:behind-proxy;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/behind-proxy-data", "server.forward-headers-strategy=native" })
@ActiveProfiles("test")
class RateLimitBrowserIT {

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Autowired
	private SignInProperties properties;

	@Test
	void beyond_the_burst_the_browser_shows_the_request_to_wait_and_back_leads_to_the_form() {
		BrowserContext context = browser.browser()
			.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.9")));
		try {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			// The bucket refills while the browser types (one every 6 s by default), so
			// guess until the limit answers, at least a burst's worth and at most twice
			// that.
			int guesses = 0;
			while (!limited(page) && guesses < 2 * this.properties.burst()) {
				page.navigate(url("/login"));
				signIn(page, "guess-" + guesses++);
			}
			Assertions.assertThat(guesses).isGreaterThan(this.properties.burst());
			assertThat(page.locator("body")).hasText("Too many sign-in attempts, try again in a minute.");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("sign-in-429")));

			page.goBack();
			assertThat(page.locator("input[name='username']")).isVisible();
		}
		finally {
			context.close();
		}
	}

	/**
	 * @return whether the last sign-in was refused by the limit; otherwise it shows the
	 * generic message
	 */
	private static boolean limited(Page page) {
		if (!page.url().contains("/login?error") && page.locator("body").textContent().contains("Too many")) {
			return true;
		}
		if (page.url().contains("/login?error")) {
			assertThat(page.getByText("The email or password is not correct")).isVisible();
		}
		return false;
	}

	private static void signIn(Page page, String password) {
		BrowserSupport.submitSignIn(page, "bootstrap-admin@trunkline.test", password);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
