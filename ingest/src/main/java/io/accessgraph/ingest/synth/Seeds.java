package io.accessgraph.ingest.synth;

/**
 * Derives independent seeds for each account from the user's seed, so account {@code i} comes out
 * the same whatever the number of accounts around it.
 */
final class Seeds {
  private Seeds() {}

  /** A well-mixed 64-bit seed for stream {@code stream} of {@code seed} (SplitMix64 finalizer). */
  static long mix(long seed, long stream) {
    long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
