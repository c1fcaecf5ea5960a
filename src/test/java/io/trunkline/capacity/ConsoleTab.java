package io.trunkline.capacity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of the console over plain HTTP, as the Flow client speaks it: the
 * sign-in form with its CSRF token, Vaadin's init request for a route, then UIDL requests
 * with the UI's CSRF token, the last sync id and an increasing client id. Grid data
 * updates are confirmed as the grid connector does. Cookies are kept per tab.
 */
final class ConsoleTab {

	private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

	private final HttpClient client;

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	private int uiId;

	private int syncId;

	private int clientId;

	private int promise;

	ConsoleTab(HttpClient client, String base) {
		this.client = client;
		this.base = base;
	}

	static HttpClient newClient() {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * GET the sign-in page, post the form; fails unless the console redirects onwards.
	 */
	void signIn(String email, String password) {
		String page = send(get("/login"), 200);
		String form = "_csrf=" + enc(Uidl.pageCsrf(page)) + "&username=" + enc(email) + "&password=" + enc(password);
		HttpRequest post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", this.base)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> answer = exchange(post);
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in refused: " + answer.statusCode() + " " + location);
		}
	}

	/** Opens a route in a new UI as a page load does; returns the navigation's answer. */
	String open(String route) {
		send(get("/" + route), 200);
		String init = send(get("/" + Uidl.initQuery(route)), 200);
		this.csrf = Uidl.securityKey(init);
		this.uiId = Uidl.uiId(init);
		this.syncId = Math.max(0, Uidl.syncId(init));
		this.clientId = 0;
		return rpc(Uidl.navigate(route));
	}

	/** One UIDL round trip (plus the grid confirmations the answer asks for). */
	String rpc(String rpc) {
		String answer = uidlRequest(rpc);
		for (int[] confirm : Uidl.gridConfirms(answer)) {
			uidlRequest(Uidl.published(confirm[0], "confirmUpdate", String.valueOf(confirm[1]), this.promise++));
		}
		return answer;
	}

	int nextPromise() {
		return this.promise++;
	}

	private String uidlRequest(String rpc) {
		String body = Uidl.body(this.csrf, rpc, this.syncId, this.clientId);
		HttpRequest post = request("/?v-r=uidl&v-uiId=" + this.uiId).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		String answer = send(post, 200);
		if (!answer.contains("\"syncId\"") || answer.contains("\"meta\":{\"sessionExpired\"")) {
			throw new IllegalStateException(
					"UIDL request failed: " + answer.substring(0, Math.min(300, answer.length())));
		}
		this.syncId = Uidl.syncId(answer);
		this.clientId++;
		return answer;
	}

	private HttpRequest get(String path) {
		return request(path).GET().build();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", String.join("; ",
					this.cookies.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList()));
		}
		return builder;
	}

	private String send(HttpRequest request, int expected) {
		HttpResponse<String> answer = exchange(request);
		if (answer.statusCode() != expected) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode()
					+ " " + answer.headers().firstValue("Location").orElse(""));
		}
		return answer.body();
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		try {
			HttpResponse<String> answer = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			List<String> setCookies = answer.headers().allValues("Set-Cookie");
			for (String cookie : setCookies) {
				Matcher matcher = COOKIE.matcher(cookie);
				if (matcher.find()) {
					this.cookies.put(matcher.group(1).strip(), matcher.group(2));
				}
			}
			return answer;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
