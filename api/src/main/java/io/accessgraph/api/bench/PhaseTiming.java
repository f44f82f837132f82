package io.accessgraph.api.bench;

/**
 * One timed phase.
 *
 * @param peakHeapMb the highest heap use seen during the phase (sum of the heap pools' peaks)
 */
public record PhaseTiming(String phase, double seconds, double peakHeapMb, String detail) {}
