package io.trunkline.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code trunkline.api.max-body-bytes} with 413: at once when
 * its {@code Content-Length} says so, otherwise (chunked) when reading passes the limit,
 * which the exception handler answers as 413 too. A new import job
 * ({@code POST /api/v1/import-jobs}) may be as large as the console's import wizard
 * takes, {@code trunkline.api.import-max-body-bytes}.
 */
class BodyLimitFilter extends OncePerRequestFilter {

	static final String IMPORT_JOBS = "/api/v1/import-jobs";

	private final long maxBytes;

	private final long importMaxBytes;

	private final ApiJson json;

	BodyLimitFilter(long maxBytes, long importMaxBytes, ApiJson json) {
		this.maxBytes = maxBytes;
		this.importMaxBytes = importMaxBytes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = ("POST".equals(request.getMethod()) && IMPORT_JOBS.equals(request.getRequestURI()))
				? this.importMaxBytes : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			this.json.write(request, response, tooLarge(limit));
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	static org.springframework.http.ProblemDetail tooLarge(long maxBytes) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", BodyTooLargeException.message(maxBytes));
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		Counting(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
