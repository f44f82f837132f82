package io.accessgraph.api.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Peak heap use between resets, from the JVM's own per-pool peak counters (no sampling). */
final class HeapWatch {
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  void reset() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  double peakMb() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024);
  }

  static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
  }
}
