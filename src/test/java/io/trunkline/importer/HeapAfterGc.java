package io.trunkline.importer;

import java.lang.management.ManagementFactory;

/** Live heap as a full collection leaves it, for the tests and benchmarks of memory. */
public final class HeapAfterGc {

	private HeapAfterGc() {
	}

	public static long used() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
