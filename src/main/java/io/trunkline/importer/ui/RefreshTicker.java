package io.trunkline.importer.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * One thread that wakes open progress pages at a steady pace. A tick only queues an
 * update on the page's UI ({@code ui.access}); the update itself runs under the session
 * lock and is pushed to the browser.
 */
@Component
class RefreshTicker {

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-progress-ticks").daemon(true).factory());

	/** Runs the task every period until the returned future is cancelled. */
	ScheduledFuture<?> every(Duration period, Runnable task) {
		return this.scheduler.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.scheduler.shutdownNow();
	}

}
