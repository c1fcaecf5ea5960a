package io.trunkline.security.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the container's request size limit, posted with a session as a browser
 * would: it is refused by what handles uploads, and the session filters do not make the
 * container parse the body before, which logged a stack trace. (Same configuration as
 * {@code SignInHttpIT}, so both share one running application.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/browser-data" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LargeUploadIT {

	private static final String BOUNDARY = "----trunkline-test-boundary";

	@LocalServerPort
	private int port;

	@Test
	void an_upload_over_the_size_limit_logs_no_stack_trace(CapturedOutput log) throws Exception {
		String cookie = PlainHttp.sessionCookie(new PlainHttp(this.port).get("/login"));
		int before = log.getAll().length();

		HttpResponse<String> answer = postMultipart(
				"/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/upload?v-r=upload", cookie,
				11 * 1024 * 1024);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).isEqualTo(UnreadableRequests.REFUSED);
		String logged = log.getAll().substring(before);
		assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(logged.lines().filter((line) -> line.contains(" WARN "))).singleElement()
			.asString()
			.contains("exceeds the configured maximum");
	}

	private HttpResponse<String> postMultipart(String path, String cookie, int size) throws Exception {
		byte[] head = ("--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"numbers.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = Arrays.copyOf(head, head.length + size + tail.length);
		Arrays.fill(body, head.length, head.length + size, (byte) '1');
		System.arraycopy(tail, 0, body, head.length + size, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

}
