package io.trunkline;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.trunkline.security.ui.PlainHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged jar ({@code java -jar}, postgres profile) on one fresh
 * PostgreSQL database and one keyset file, as behind a load balancer: sign-in protection
 * counts them as one, and a key rotated on one is used by the other without a restart.
 * The sign-in burst comes through a trusted proxy ({@code X-Forwarded-For}) so that its
 * addresses are its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

	private static final String OPERATOR = "admin@trunkline.local";

	private static final Pattern NEW_PRIMARY = Pattern
		.compile("New primary key (-?\\d+); (\\d+) secrets encrypted again");

	@RegisterExtension
	static final Chromium browser = new Chromium();

	static PostgresTestDatabase database;

	static PackagedConsole a;

	static PackagedConsole b;

	static String initialPassword;

	@BeforeAll
	static void startTwoInstances() throws IOException {
		// Two cold JVMs on a shared machine: their first pages can take longer than 5 s.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		Path work = Path.of("target", "two-instances");
		Files.createDirectories(work);
		Path shared = Files.createTempDirectory(work, "shared-");
		Map<String, String> env = Map.of("TRUNKLINE_KEYSET", shared.resolve("keyset.json").toAbsolutePath().toString(),
				"TRUNKLINE_DIGEST_KEYSET", shared.resolve("digest-keyset.json").toAbsolutePath().toString());
		// One sign-in request a minute regained, so that a slow machine sends the burst
		// before a token comes back.
		String[] args = { "--server.forward-headers-strategy=native", "--trunkline.crypto.reload-interval=2s",
				"--trunkline.sign-in.refill-per-minute=1" };
		database = PostgresTestDatabase.create();
		a = PackagedConsole.start(work.resolve("a"), database, env, true, args);
		initialPassword = a.initialPassword();
		b = PackagedConsole.start(work.resolve("b"), database, env, false, args);
	}

	@AfterAll
	static void stopThem() {
		for (PackagedConsole console : new PackagedConsole[] { a, b }) {
			if (console != null) {
				console.close();
			}
		}
		if (database != null) {
			database.drop();
		}
	}

	@Test
	@Order(1)
	void a_sign_in_burst_spread_over_two_instances_is_limited_as_if_it_were_one() throws Exception {
		// Backoff: five wrong passwords, three on A and two on B, and the right one is
		// refused on both. Counted per instance, B would have seen two and let it in.
		String guesser = "X-Forwarded-For: 198.51.100.10";
		for (int i = 0; i < 5; i++) {
			assertRefusedAsWrong(http((i % 2 == 0) ? a : b).signIn(OPERATOR, "wrong-" + i, guesser), "wrong " + i);
		}
		assertRefusedAsWrong(http(b).signIn(OPERATOR, initialPassword, guesser), "the right password on B");
		assertRefusedAsWrong(http(a).signIn(OPERATOR, initialPassword, guesser), "the right password on A");
		HttpResponse<String> elsewhere = http(b).signIn(OPERATOR, initialPassword, "X-Forwarded-For: 198.51.100.12");
		assertThat(elsewhere.headers().firstValue("Location")).as("the right password from another address")
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));

		// Rate limit: ten sign-in requests from one address, alternating, then the
		// eleventh is 429 on either. Per instance, each would have allowed ten.
		String flooder = "X-Forwarded-For: 198.51.100.11";
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> answer = http((i % 2 == 0) ? a : b).signIn("nobody@example.test", "guess", flooder);
			assertThat(answer.statusCode()).as("request %d", i + 1).isEqualTo(302);
		}
		for (PackagedConsole console : new PackagedConsole[] { b, a }) {
			HttpResponse<String> over = http(console).signIn("nobody@example.test", "guess", flooder);
			assertThat(over.statusCode()).isEqualTo(429);
			assertThat(over.headers().firstValue("Retry-After")).isPresent();
		}
	}

	@Test
	@Order(2)
	void a_key_rotated_on_a_is_used_by_b_which_reads_a_secret_written_after_it_without_a_restart() {
		try (BrowserContext onA = newContext(); BrowserContext onB = newContext()) {
			ConsolePage operatorA = new ConsolePage(onA.newPage(), a, "operator-a");
			String password = "Cluster-" + UUID.randomUUID();
			operatorA.signInChangingPassword(OPERATOR, initialPassword, password, "Administrator");
			int rotatedTo = rotate(operatorA);
			String temporary = openOrganization(operatorA);
			operatorA.button("Sign out").click();
			assertThat(operatorA.page()).hasURL(a.url("/login"));

			// A secret written on A after the rotation: a trunk's password.
			ConsolePage adminA = new ConsolePage(operatorA.page(), a, "admin-a");
			adminA.signInChangingPassword("hana@harbor.example", temporary, "Cluster-" + UUID.randomUUID(),
					"Hana Admin");
			adminA.nav("Trunks");
			adminA.button("Add SIP trunk").click();
			adminA.dialogField("Name").fill("Harbor SIP");
			adminA.dialogField("Termination URI").fill("sip:pbx.harbor.example:5060");
			adminA.dialogField("Auth username").fill("harbor");
			adminA.dialogField("Auth password").fill("trunk-secret-" + UUID.randomUUID());
			adminA.expectDone(() -> adminA.dialogButton("Save").click(), adminA.page().getByText("Saved Harbor SIP"));

			// B, never restarted, polls the rotation and loads the keyset A wrote.
			b.awaitLog("B to load the keyset A rotated to", Duration.ofSeconds(60),
					"Loaded the encryption keyset from ", "primary key id " + Integer.toUnsignedString(rotatedTo));

			// B decrypts every stored secret to rotate again: A's trunk password
			// included.
			ConsolePage operatorB = new ConsolePage(onB.newPage(), b, "operator-b");
			operatorB.open("/login");
			BrowserSupport.submitSignIn(operatorB.page(), OPERATOR, password);
			assertThat(operatorB.page().getByText("Welcome, Administrator")).isVisible();
			Matcher again = rotated(operatorB);
			assertThat(Integer.parseInt(again.group(1))).isNotEqualTo(rotatedTo);
			assertThat(again.group(2)).as("secrets B encrypted again").isEqualTo("1");
			assertThat(operatorB.page().getByText("left unreadable")).hasCount(0);
		}
	}

	private static int rotate(ConsolePage operator) {
		return Integer.parseInt(rotated(operator).group(1));
	}

	private static Matcher rotated(ConsolePage operator) {
		operator.nav("Organizations");
		operator.button("Rotate encryption key").click();
		// A confirm dialog is an alertdialog: its button is found on the page by its
		// name.
		operator.expectDone(() -> operator.button("Rotate").click(),
				operator.page().getByText("secrets encrypted again"));
		String told = operator.page().getByText("secrets encrypted again").first().innerText();
		Matcher matcher = NEW_PRIMARY.matcher(told);
		assertThat(matcher.find()).as("the rotation's notification: " + told).isTrue();
		operator.shot("rotated");
		return matcher;
	}

	private static String openOrganization(ConsolePage operator) {
		operator.nav("Organizations");
		operator.button("New organization").click();
		operator.dialogField("Name").fill("Harbor");
		operator.dialogField("Slug").fill("harbor");
		operator.dialogField("First admin's email").fill("hana@harbor.example");
		operator.dialogField("First admin's name").fill("Hana Admin");
		operator.expectDone(() -> operator.dialogButton("Create organization").click(),
				operator.page().getByText("Account created"));
		String temporary = operator.dialogField("Temporary password").inputValue();
		operator.dialogButton("Done").click();
		return temporary;
	}

	private static void assertRefusedAsWrong(HttpResponse<String> answer, String what) {
		assertThat(answer.statusCode()).as(what).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).as(what)
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	private static PlainHttp http(PackagedConsole console) {
		return new PlainHttp(console.port());
	}

	private static BrowserContext newContext() {
		return browser.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

}
