package io.trunkline.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import io.trunkline.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST: the first request runs and its answer (below 500) is
 * kept for 24 hours per organization; the same key with the same method, path and body
 * replays that answer with {@code Idempotent-Replayed: true}; with another request it is
 * 422, and while the first still runs 409 (until its lease, {@code trunkline.api.
 * idempotency-lease}, runs out: then a retry takes the key over). Creating POSTs only
 * answer what they created, never a secret, so the kept body holds none.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int KEY_MAX_LENGTH = 255;

	private final IdempotencyStore store;

	private final SecurityContextHolderStrategy contexts;

	private final ApiJson json;

	IdempotencyFilter(IdempotencyStore store, SecurityContextHolderStrategy contexts, ApiJson json) {
		this.store = store;
		this.contexts = contexts;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		String key = request.getHeader(HEADER).strip();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller.ApiKey caller)) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > KEY_MAX_LENGTH) {
			this.json.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid_idempotency_key",
					"An Idempotency-Key has 1 to " + KEY_MAX_LENGTH + " characters."));
			return;
		}
		byte[] body;
		try {
			body = StreamUtils.copyToByteArray(request.getInputStream());
		}
		catch (BodyTooLargeException ex) {
			this.json.write(request, response, BodyLimitFilter.tooLarge(ex.maxBytes()));
			return;
		}
		long organization = caller.organizationId();
		switch (this.store.begin(organization, key, hash(request, body))) {
			case IdempotencyStore.Mismatch mismatch ->
				this.json.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
						"idempotency_key_reused", "This Idempotency-Key was used for another request."));
			case IdempotencyStore.Running running -> this.json.write(request, response, Problems.of(HttpStatus.CONFLICT,
					"idempotency_key_in_use", "A request with this Idempotency-Key is still running."));
			case IdempotencyStore.Replay replay -> replay(response, replay);
			case IdempotencyStore.Started started ->
				run(new CachedBody(request, body), response, chain, organization, key, started.owner());
		}
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long organization,
			String key, Instant owner) throws IOException, ServletException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, recorded);
			kept = keep(recorded, organization, key, owner);
		}
		finally {
			if (!kept) {
				this.store.forget(organization, key, owner);
			}
			recorded.copyBodyToResponse();
		}
	}

	/**
	 * Keeps an answer below 500. One too long for the table
	 * ({@link IdempotencyStore#BODY_MAX_CHARS}) is a refusal (a long list of errors; what
	 * a create answers fits by far): nothing was created, so the key is freed and a retry
	 * is answered afresh. Should a success ever be that long, its status and
	 * {@code Location} are kept without the body, so that a retry still creates nothing.
	 * @return whether the answer is kept
	 */
	private boolean keep(ContentCachingResponseWrapper recorded, long organization, String key, Instant owner) {
		int status = recorded.getStatus();
		if (status >= 500) {
			return false;
		}
		String body = new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8);
		boolean fits = body.length() <= IdempotencyStore.BODY_MAX_CHARS;
		if (!fits && status >= 400) {
			return false;
		}
		this.store.complete(organization, key, owner, status, fits ? recorded.getContentType() : null,
				recorded.getHeader(HttpHeaders.LOCATION), fits ? body : null);
		return true;
	}

	private static void replay(HttpServletResponse response, IdempotencyStore.Replay replay) throws IOException {
		response.setStatus(replay.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (replay.contentType() != null) {
			response.setContentType(replay.contentType());
		}
		if (replay.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, replay.location());
		}
		if (replay.body() != null) {
			response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest
				.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The request with its body read once already. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

	}

}
