package io.trunkline.security.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person's browser could send any UIDL request: one full of invocations for
 * nodes that do not exist, or that no handler accepts, is logged as one WARN line, not a
 * stack trace per invocation. (Same configuration as {@code SignInHttpIT}, so both share
 * one running application.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/browser-data" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ForgedUidlIT {

	private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

	@LocalServerPort
	private int port;

	@Test
	void a_forged_uidl_request_logs_one_warn_line(CapturedOutput log) throws Exception {
		PlainHttp http = new PlainHttp(this.port);
		String cookie = "Cookie: "
				+ PlainHttp.sessionCookie(http.signIn("bootstrap-admin@trunkline.test", "bootstrap-admin-password"));
		HttpResponse<String> init = http.get("/?v-r=init&location=users&query=", cookie);
		assertThat(init.statusCode()).isEqualTo(200);
		String key = find(SECURITY_KEY, init.body());
		String uiId = find(UI_ID, init.body());

		StringBuilder rpc = new StringBuilder();
		for (int node = 0; node < 48; node++) {
			// A third for nodes that do not exist (Flow ignores them), the rest fail in
			// Flow.
			rpc.append((node == 0) ? "" : ",");
			rpc.append(switch (node % 3) {
				case 0 -> "{\"type\":\"event\",\"node\":" + (100_000 + node) + ",\"event\":\"click\"}";
				case 1 -> "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"forged" + node
						+ "\",\"templateEventMethodArgs\":[]}";
				default ->
					"{\"type\":\"attachExistingElementById\",\"node\":1,\"attachTagName\":\"div\",\"attachRequestedId\":"
							+ node + ",\"attachAssignedId\":-1,\"attachId\":\"x\"}";
			});
		}
		String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":0,\"clientId\":0}";
		int before = log.getAll().length();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/?v-r=uidl&v-uiId=" + uiId))
			.header("Cookie", cookie.substring("Cookie: ".length()))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> answer;
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			answer = client.send(request, HttpResponse.BodyHandlers.ofString());
		}

		String logged = log.getAll().substring(before);
		System.err.println("ANSWER " + answer.statusCode() + " "
				+ answer.body().substring(0, Math.min(300, answer.body().length())));
		assertThat(logged).doesNotContain("\tat ");
		assertThat(logged.lines().filter((line) -> line.contains(" WARN ") || line.contains(" ERROR "))).singleElement()
			.asString()
			.contains(" WARN ")
			.contains("Ignored 32 invalid client invocation(s) in one UIDL request by bootstrap-admin@trunkline.test");
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

}
