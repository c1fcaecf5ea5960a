package io.trunkline.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;

/**
 * The benchmarks' HTTP client: one connection kept alive per instance, a key, and nothing
 * recorded (unlike {@link ApiClient}), so that the server is what is measured.
 */
final class BenchHttp {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final String key;

	BenchHttp(int port, String key) {
		this.base = "http://localhost:" + port;
		this.key = key;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	HttpResponse<String> post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", "Bearer " + this.key);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * CPU time of this whole JVM (server and clients), to tell work from waiting for a
	 * core.
	 */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Where a stretch of the JVM's CPU time went: the server's request threads (Tomcat's
	 * {@code http-nio-*}), the JIT compilers and the collector (both as the JVM counts
	 * their time), and the rest (the benchmark's own clients, Hikari, ...).
	 */
	record CpuSplit(long process, long requests, long jitMillis, long gcMillis) {

		static CpuSplit now() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long requests = 0;
			for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null && info.getThreadName().startsWith("http-nio")) {
					requests += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
				}
			}
			long gc = ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.sum();
			return new CpuSplit(processCpuNanos(), requests,
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
		}

		/** Milliseconds a call since {@code start}, per part. */
		String perCall(CpuSplit start, long calls) {
			double n = Math.max(1, calls);
			return "JVM CPU " + ms((this.process - start.process) / n) + " ms a call: request threads "
					+ ms((this.requests - start.requests) / n) + ", JIT "
					+ ms((this.jitMillis - start.jitMillis) * 1e6 / n) + ", GC "
					+ ms((this.gcMillis - start.gcMillis) * 1e6 / n);
		}

	}

	static String loadAverage() {
		return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	static String p95Ms(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return ms(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
	}

	static String ms(double nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

}
