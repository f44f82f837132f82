package io.accessgraph.api.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accessgraph.api.query.LimitExceededException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class QueryExecutorTest {

  @Test
  void answersWithinTheTimeoutAndPassesFailuresThrough() {
    QueryExecutor executor = new QueryExecutor(1_000, () -> true);

    assertThat(executor.run(() -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                executor.run(
                    () -> {
                      throw new IllegalArgumentException("bad");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad");
  }

  @Test
  void aQueryPastTheTimeoutIsInterruptedAndNamesTheLimit() throws Exception {
    QueryExecutor executor = new QueryExecutor(100, () -> true);
    AtomicBoolean interrupted = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                executor.run(
                    () -> {
                      try {
                        Thread.sleep(5_000);
                      } catch (InterruptedException e) {
                        interrupted.set(true);
                      }
                      return 0;
                    }))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("query timeout of 0.1 s");
    Thread.sleep(200);
    assertThat(interrupted).isTrue();
  }

  @Test
  void whileTheGraphIsStillLoadingATimeoutIsA503NotTheClientsFault() {
    QueryExecutor executor = new QueryExecutor(50, () -> false);

    assertThatThrownBy(
            () ->
                executor.run(
                    () -> {
                      Thread.sleep(1_000);
                      return 0;
                    }))
        .isInstanceOf(QueryExecutor.ServerBusyException.class)
        .hasMessageContaining("still loading");
  }
}
