package io.accessgraph.api.server;

import io.accessgraph.api.query.LimitExceededException;
import io.accessgraph.api.query.QueryLimits;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs queries on a small pool with the query timeout: the graph work is CPU-bound, so more threads
 * than cores only adds waiting, and a bounded queue turns overload into a quick 503 instead of a
 * pile of requests that all time out. A query past the timeout is interrupted (the long loops
 * check) and answered with a 400 naming the limit.
 */
@Component
public class QueryExecutor {
  static final int QUEUE = 256;

  private final ThreadPoolExecutor pool;
  private final long timeoutMillis;

  private final BooleanSupplier ready;

  @Autowired
  public QueryExecutor(GraphService graphs) {
    this(QueryLimits.QUERY_TIMEOUT.toMillis(), graphs::ready);
  }

  QueryExecutor(long timeoutMillis, BooleanSupplier ready) {
    this.ready = ready;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger n = new AtomicInteger();
    this.timeoutMillis = timeoutMillis;
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "accessgraph-query-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  public <T> T run(Callable<T> query) {
    Future<T> future;
    try {
      future = pool.submit(query);
    } catch (RejectedExecutionException e) {
      throw new ServerBusyException(
          "the server is busy: too many queries are waiting, retry shortly");
    }
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      if (!ready.getAsBoolean()) {
        throw new ServerBusyException(
            "the server is still loading this graph version (snapshot, policy engine, indexes):"
                + " retry in a minute");
      }
      throw new LimitExceededException(
          "queryTimeout",
          "the query ran longer than the query timeout of "
              + timeoutMillis / 1000.0
              + " s: ask a narrower question (fewer hops, smaller k, a filter)");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ServerBusyException("the server is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Too many queries waiting, or the graph version still loading: 503. */
  static final class ServerBusyException extends RuntimeException {
    ServerBusyException(String message) {
      super(message);
    }
  }
}
