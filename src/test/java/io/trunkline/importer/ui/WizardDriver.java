package io.trunkline.importer.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.ui.AgentListEditor;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** What a person does in the wizard and on the progress page, for the UI tests. */
final class WizardDriver {

	private WizardDriver() {
	}

	static ImportWizardView wizard() {
		return _get(ImportWizardView.class);
	}

	static void next() {
		_click(wizard().next);
	}

	/** Adds an agent to a direction's list with the editor's own controls. */
	@SuppressWarnings("unchecked")
	static void addAgent(AgentListEditor editor, AgentSummary agent) {
		_click(_get(editor, Button.class, (spec) -> spec.withText("Add agent")));
		List<ComboBox<AgentSummary>> agents = (List<ComboBox<AgentSummary>>) (List<?>) _find(editor, ComboBox.class,
				(spec) -> spec.withPlaceholder("Agent"));
		ComboBox<AgentSummary> last = agents.get(agents.size() - 1);
		LocatorJ.assertEditableByUser(last);
		last.setValue(agent);
	}

	/**
	 * The import's id, read from the address the wizard went to ({@code import/<id>}).
	 */
	static long batchIdFromAddress() {
		String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/**
	 * Lets the page's own refresh run, as the browser would receive it, until the summary
	 * shows.
	 */
	static ImportProgressView awaitSummary() {
		ImportProgressView view = _get(ImportProgressView.class);
		roundtripsUntil("the progress page shows the summary", Duration.ofSeconds(20), view.summary::isVisible);
		return view;
	}

	/**
	 * Lets what the server pushes reach the UI, as the browser's round trips would, until
	 * the condition holds.
	 */
	static void roundtripsUntil(String what, Duration most, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(most);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + most.toSeconds() + " s in vain for " + what);
			}
			MockVaadin.clientRoundtrip(false);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** How many files a folder holds (none when it does not exist). */
	static long filesIn(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static <T> List<String> formattedRows(Grid<T> grid) {
		return java.util.stream.IntStream.range(0, _size(grid))
			.mapToObj((row) -> String.join(" | ", _getFormattedRow(grid, row)))
			.toList();
	}

}
