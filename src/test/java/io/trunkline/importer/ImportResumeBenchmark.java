package io.trunkline.importer;

import java.time.Duration;
import java.util.List;

import io.trunkline.PackagedConsole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long an import stands still when the instance running it dies, with the default
 * heartbeat settings of {@code application.properties}: two jars on one PostgreSQL
 * database, the one that runs a 200,000-row import is killed ({@code kill -9}) after its
 * first chunks; measured from the kill to the other instance committing its next chunk.
 * Prints {@code BENCH import_resume_ms=<x> db=postgres} (target at most 90 s).
 */
class ImportResumeBenchmark {

	@Test
	void from_a_kill_to_the_next_chunk_on_the_other_instance() throws Exception {
		try (ImportCluster cluster = new ImportCluster()) {
			List<String> names = List.of("resume-a", "resume-b");
			List<PackagedConsole> instances = List.of(cluster.start(names.get(0)), cluster.start(names.get(1)));
			long batchId = cluster.startImport(200_000, ImportMode.READY_ROWS, 5_000_000);
			ImportCluster.await("a chunk committed", Duration.ofMinutes(3), () -> cluster.cursor(batchId) > 0);
			PackagedConsole victim = cluster.holder(batchId, instances, names);
			victim.kill();
			long killed = System.nanoTime();
			int cursor = cluster.cursor(batchId);
			ImportCluster.await("the next chunk", Duration.ofMinutes(4), () -> cluster.cursor(batchId) > cursor);
			long resumeMs = (System.nanoTime() - killed) / 1_000_000;
			ImportCluster.await("the import to end", Duration.ofMinutes(5),
					() -> "DONE".equals(cluster.status(batchId)));
			assertThat(cluster.numbersOf(batchId)).isEqualTo(200_000);
			System.out.printf("BENCH import_resume_ms=%d killed_at_line=%d target_ms=90000 db=postgres%n", resumeMs,
					cursor);
		}
	}

}
