package io.trunkline.security.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP against the running server as a browser would speak it, but in plain sight: no
 * cookies kept, no redirects followed.
 */
public final class PlainHttp {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	public PlainHttp(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(request(path, headers).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form, String... headers)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Opens the sign-in page and posts its form as the browser does.
	 * @return the sign-in's answer
	 */
	public HttpResponse<String> signIn(String email, String password, String... headers)
			throws IOException, InterruptedException {
		HttpResponse<String> page = get("/login", headers);
		String cookie = "Cookie: " + sessionCookie(page);
		String[] withCookie = append(headers, cookie);
		return post("/login", Map.of("username", email, "password", password, "_csrf", csrfToken(page)), withCookie);
	}

	/**
	 * @return {@code JSESSIONID=...} from the response's Set-Cookie
	 */
	public static String sessionCookie(HttpResponse<?> response) {
		return sessionSetCookie(response).split(";", 2)[0];
	}

	/**
	 * @return the whole Set-Cookie header of the session cookie
	 */
	static String sessionSetCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
	}

	static String csrfToken(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (String header : headers) {
			String[] nameAndValue = header.split(": ", 2);
			builder.header(nameAndValue[0], nameAndValue[1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String[] append(String[] headers, String header) {
		String[] all = Arrays.copyOf(headers, headers.length + 1);
		all[headers.length] = header;
		return all;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
