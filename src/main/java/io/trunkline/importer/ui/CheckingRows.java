package io.trunkline.importer.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.Counts;
import io.trunkline.base.ui.Notifications;
import io.trunkline.importer.ImportPlan;

/**
 * A dry run in the background: it runs on its own thread, as the signed-in person, while
 * this shows the rows checked so far, as words and a bar.
 */
class CheckingRows extends Div {

	static final Duration REFRESH = Duration.ofMillis(250);

	final Span text = new Span();

	final ProgressBar bar = new ProgressBar();

	CheckingRows() {
		this.text.addClassName("dry-run-checking");
		this.text.getElement().setAttribute("aria-live", "polite");
		this.bar.setWidth("20rem");
		add(this.text, this.bar);
		setVisible(false);
	}

	/**
	 * Starts the dry run; on the UI, {@code ended} runs first when it ends, then
	 * {@code reviewed} with its plan or {@code refused} with its field errors.
	 */
	void run(RefreshTicker ticker, int total, Function<AtomicInteger, ImportPlan> dryRun, Consumer<ImportPlan> reviewed,
			Consumer<FieldException> refused, Runnable ended) {
		UI ui = UI.getCurrent();
		AtomicInteger checked = new AtomicInteger();
		setVisible(true);
		show(0, total);
		ScheduledFuture<?> ticks = ticker.every(REFRESH, () -> ui.access(() -> show(checked.get(), total)));
		Runnable task = new DelegatingSecurityContextRunnable(() -> {
			try {
				ImportPlan plan = dryRun.apply(checked);
				ended(ui, ended, () -> reviewed.accept(plan));
			}
			catch (FieldException ex) {
				ended(ui, ended, () -> refused.accept(ex));
			}
			catch (RuntimeException ex) {
				ended(ui, ended, () -> Notifications
					.error("The dry run stopped: " + ex.getClass().getSimpleName() + ". Try again."));
			}
			finally {
				ticks.cancel(false);
			}
		});
		Thread.ofVirtual().name("dry-run").start(task);
	}

	private void ended(UI ui, Runnable ended, Runnable then) {
		ui.access(() -> {
			setVisible(false);
			ended.run();
			then.run();
		});
	}

	private void show(int checked, int total) {
		this.text.setText("Checking rows: " + Counts.of(checked) + " of " + Counts.of(total) + " checked");
		this.bar.setValue((total > 0) ? Math.min(1.0, (double) checked / total) : 0.0);
	}

}
