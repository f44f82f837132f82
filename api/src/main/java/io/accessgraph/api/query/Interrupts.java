package io.accessgraph.api.query;

import java.util.concurrent.CancellationException;

/** Long loops stop when the query's thread is interrupted, e.g. by the server's query timeout. */
final class Interrupts {
  private Interrupts() {}

  static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("query cancelled");
    }
  }
}
