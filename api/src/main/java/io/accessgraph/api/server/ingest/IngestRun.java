package io.accessgraph.api.server.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The live state of one run; written by the job thread, read by requests. */
final class IngestRun {
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  private final String id;
  private final String source;
  private final Instant startedAt = Instant.now();
  private final Map<String, AccountOutcome> accounts = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private State state = State.QUEUED;
  private String phase = "queued";
  private int done;
  private int total;
  private Instant finishedAt;
  private String error;

  IngestRun(String id, String source) {
    this.id = id;
    this.source = source;
  }

  String id() {
    return id;
  }

  synchronized boolean finished() {
    return state == State.SUCCEEDED || state == State.FAILED;
  }

  synchronized void phase(String name, int totalAccounts) {
    state = State.RUNNING;
    phase = name;
    done = 0;
    total = totalAccounts;
  }

  synchronized void total(int totalAccounts) {
    total = totalAccounts;
  }

  synchronized void accountDone() {
    done++;
  }

  /** Creates or updates one account's outcome. */
  synchronized void account(String account, UnaryOperator<AccountOutcome> update) {
    AccountOutcome before =
        accounts.getOrDefault(
            account, new AccountOutcome(account, null, null, null, null, null, null, null, null));
    accounts.put(account, update.apply(before));
  }

  synchronized void problem(String text) {
    if (problems.size() < 1_000) {
      problems.add(text);
    }
  }

  synchronized void succeeded() {
    state = State.SUCCEEDED;
    phase = "done";
    finishedAt = Instant.now();
  }

  synchronized void failed(String why) {
    state = State.FAILED;
    error = why;
    finishedAt = Instant.now();
  }

  synchronized IngestRunView view() {
    return new IngestRunView(
        id,
        source,
        state.name(),
        phase,
        done,
        total,
        startedAt,
        finishedAt,
        List.copyOf(accounts.values()),
        List.copyOf(problems),
        error);
  }
}
