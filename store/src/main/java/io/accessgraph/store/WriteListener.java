package io.accessgraph.store;

/**
 * Hears about a snapshot write as it goes, e.g. to draw a progress bar. An exception thrown here
 * aborts the owner being written: its transaction rolls back and its previous data stays.
 */
public interface WriteListener {
  WriteListener NONE = new WriteListener() {};

  /** One batched statement of {@code owner} (an account id or "organization") was sent. */
  default void batchWritten(String owner, String what, int rows) {}

  /** {@code owner} was committed or rolled back. */
  default void finished(WriteResult result) {}
}
