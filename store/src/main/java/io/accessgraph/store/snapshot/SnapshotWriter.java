package io.accessgraph.store.snapshot;

import io.accessgraph.model.org.Organization;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import io.accessgraph.store.WriteListener;
import io.accessgraph.store.WriteReport;
import io.accessgraph.store.WriteResult;
import io.accessgraph.store.schema.Sessions;
import io.accessgraph.store.schema.Unwind;
import io.accessgraph.store.schema.WriteCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a snapshot: the organization in one transaction, then each account in its own. Each
 * transaction writes the owner's new rows and removes what it wrote before and did not write again,
 * so a failure (bad data, lost connection, a killed process) leaves that owner's previous data and
 * every other owner untouched.
 */
public final class SnapshotWriter {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

  private final Driver driver;

  public SnapshotWriter(Driver driver) {
    this.driver = driver;
  }

  public WriteReport write(Snapshot snapshot, WriteListener listener) {
    Optional<WriteResult> org =
        snapshot.organization().map(o -> write(OrganizationRows.OWNER, o, listener));
    List<WriteResult> accounts = new ArrayList<>();
    for (AccountSnapshot account : snapshot.accountList()) {
      accounts.add(write(account.accountId(), account, listener));
    }
    return new WriteReport(org, accounts);
  }

  private WriteResult write(String owner, Organization org, WriteListener listener) {
    List<String> members = org.accounts().stream().map(a -> a.id()).toList();
    return write(
        owner, () -> OrganizationRows.of(org), tx -> formerMembers(tx, members), null, listener);
  }

  private WriteResult write(String owner, AccountSnapshot account, WriteListener listener) {
    return write(owner, () -> AccountRows.of(account), tx -> WriteCounts.NONE, owner, listener);
  }

  private WriteResult write(
      String owner,
      Supplier<GraphRows> transform,
      java.util.function.Function<TransactionContext, WriteCounts> extra,
      String anchorAccountId,
      WriteListener listener) {
    long start = System.nanoTime();
    WriteResult result;
    try {
      GraphRows rows = transform.get();
      String tag = UUID.randomUUID().toString();
      WriteCounts counts;
      try (Session session = Sessions.open(driver)) {
        counts =
            session.executeWrite(
                tx -> {
                  WriteCounts c = new RowWriter(tx, owner, tag, listener).write(rows);
                  c = c.plus(extra.apply(tx));
                  return c.plus(new StaleCleanup(tx, owner, tag).run(anchorAccountId));
                });
      }
      result = WriteResult.written(owner, rows.nodeCount() + rows.relCount(), counts, since(start));
    } catch (RuntimeException e) {
      String what = OrganizationRows.OWNER.equals(owner) ? "the organization" : "account " + owner;
      String message = what + " was not written, its previous data is kept: " + describe(e);
      LOG.warn(message, e);
      result = WriteResult.failed(owner, since(start), message);
    }
    listener.finished(result);
    return result;
  }

  /** Accounts that left the organization lose their membership, not their data. */
  private static WriteCounts formerMembers(TransactionContext tx, List<String> members) {
    return Unwind.once(
        tx,
        "MATCH (a:Account) WHERE a.member AND NOT a.accountId IN $members"
            + " REMOVE a.member, a.orgArn, a.name, a.email, a.status, a.parentId",
        Map.of("members", members));
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
