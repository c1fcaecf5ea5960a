package io.trunkline.security.crypto;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.crypto.tink.KeysetHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's keys those of the shared keyset file after a rotation on another
 * instance, without a restart. Every {@code trunkline.crypto.reload-interval} it reads
 * the last committed rotation ({@link KeysetRotations}); when that names another primary
 * key, or the file was replaced, it reads the file again. The file's keys are used with
 * the committed primary key (before the first recorded rotation: the one in use), never
 * with one whose rotation has not committed (the rotating instance writes the file just
 * before its commit). A ciphertext naming a key this instance lacks makes it read them at
 * once ({@link #syncForUnknownKey}). A file that lacks the committed primary key, or the
 * key this instance encrypts with, is not the shared one: it is logged as an error and
 * not used.
 */
@Component
class KeysetSync implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(KeysetSync.class);

	private static final long UNKNOWN_KEY_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final KeyRing keyRing;

	private final KeysetRotations rotations;

	private final Duration interval;

	private volatile ScheduledExecutorService poller;

	private long lastUnknownKeySync = System.nanoTime() - UNKNOWN_KEY_PAUSE_NANOS;

	private int lastMismatch;

	KeysetSync(KeyRing keyRing, KeysetRotations rotations,
			@Value("${trunkline.crypto.reload-interval:10s}") Duration interval) {
		this.keyRing = keyRing;
		this.rotations = rotations;
		this.interval = interval;
	}

	/**
	 * After a ciphertext named a key this instance lacks: reads the file, at most once a
	 * second.
	 * @return whether the keys in use changed
	 */
	boolean syncForUnknownKey() {
		synchronized (this) {
			long now = System.nanoTime();
			if (now - this.lastUnknownKeySync < UNKNOWN_KEY_PAUSE_NANOS) {
				return false;
			}
			this.lastUnknownKeySync = now;
		}
		return sync(true);
	}

	/**
	 * Under the rotation lock: the keys as the last committed rotation left them, so that
	 * the next key is added to those and no key another instance made is lost.
	 */
	void syncForRotation() {
		sync(true);
	}

	/**
	 * @param force read the file even when nothing tells it changed
	 * @return whether the keys in use changed
	 */
	synchronized boolean sync(boolean force) {
		OptionalInt committed = this.rotations.committedPrimary();
		KeyRing.Keys current = this.keyRing.keys();
		boolean moved = committed.isPresent() && committed.getAsInt() != current.primaryKeyId();
		if (!force && !moved && !this.keyRing.fileChanged()) {
			return false;
		}
		// Only a committed rotation moves the primary key; before the first one it stays.
		int primary = committed.orElse(current.primaryKeyId());
		KeyRing.Keys next = withPrimary(this.keyRing.readFile(), primary);
		if (next == null || !next.holds(current.primaryKeyId())) {
			int missing = (next == null) ? primary : current.primaryKeyId();
			if (missing != this.lastMismatch) {
				this.lastMismatch = missing;
				log.error(
						"The encryption keyset at {} lacks key {} that {}; every instance must use the same keyset "
								+ "file (see the README, several instances)",
						this.keyRing.path(), Integer.toUnsignedString(missing), (missing == current.primaryKeyId())
								? "this instance encrypts with" : "the last key rotation made primary");
			}
			return false;
		}
		if (this.keyRing.adopt(next)) {
			log.info("Loaded the encryption keyset from {}: primary key id {}, {} keys", this.keyRing.path(),
					Integer.toUnsignedString(next.primaryKeyId()), next.handle().size());
			return true;
		}
		return false;
	}

	/**
	 * @return the file's keys with this primary key, or {@code null} when the file lacks
	 * it
	 */
	private static KeyRing.Keys withPrimary(KeysetHandle file, int primary) {
		if (file.getPrimary().getId() == primary) {
			return KeyRing.Keys.of(file);
		}
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(file);
		for (int i = 0; i < file.size(); i++) {
			if (file.getAt(i).getId() == primary) {
				builder.getAt(i).makePrimary();
				try {
					return KeyRing.Keys.of(builder.build());
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("The committed primary key is not an enabled key of the keyset",
							ex);
				}
			}
		}
		return null;
	}

	private void poll() {
		try {
			sync(false);
		}
		catch (RuntimeException ex) {
			log.warn("Cannot check the encryption keyset for a rotation: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void start() {
		poll();
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("keyset-sync").daemon(true).factory());
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.poller;
		this.poller = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

}
