package io.trunkline.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a client speaks it: plain HTTP to the running server with one key, every
 * answer kept so that a test can look through all of them for what must not be there.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient shared = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final List<String> answers = new ArrayList<>();

	private final int port;

	private final String key;

	private final HttpClient client;

	public ApiClient(int port, String key) {
		this(port, key, shared);
	}

	private ApiClient(int port, String key, HttpClient client) {
		this.port = port;
		this.key = key;
		this.client = client;
	}

	/** The same server without a key. */
	public ApiClient anonymous() {
		return new ApiClient(this.port, null, this.client);
	}

	/**
	 * The same key sent from another loopback address (such as {@code 127.0.0.7}), as
	 * another client machine would.
	 */
	public ApiClient from(String loopbackAddress) {
		try {
			return new ApiClient(this.port, this.key,
					HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.localAddress(InetAddress.getByName(loopbackAddress))
						.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Another key, from the same client (address). */
	public ApiClient withKey(String otherKey) {
		return new ApiClient(this.port, otherKey, this.client);
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> post(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> patch(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> put(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			synchronized (answers) {
				answers.add(response.headers().map() + "\n" + response.body());
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A request with the key as a bearer token and the given "Name: value" headers. */
	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (this.key != null) {
			builder.header("Authorization", "Bearer " + this.key);
		}
		for (String header : headers) {
			String[] nameAndValue = header.split(": ", 2);
			builder.header(nameAndValue[0], nameAndValue[1]);
		}
		return builder;
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Every answer any client got in this JVM, headers and bodies, as one text. */
	public static String allAnswers() {
		synchronized (answers) {
			return String.join("\n", answers);
		}
	}

}
