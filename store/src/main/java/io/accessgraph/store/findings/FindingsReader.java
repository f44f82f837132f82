package io.accessgraph.store.findings;

import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.findings.FindingType;
import io.accessgraph.analysis.findings.Severity;
import io.accessgraph.store.schema.NodeLabel;
import io.accessgraph.store.schema.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Reads the current version of the stored findings back, most severe first (the order the analysis
 * gives them). Empty when no findings were ever completely written.
 */
public final class FindingsReader {
  private final Driver driver;

  public FindingsReader(Driver driver) {
    this.driver = driver;
  }

  public List<Finding> read() {
    List<Finding> out;
    try (Session session = Sessions.open(driver)) {
      out =
          session.executeRead(
              tx -> {
                String version = FindingsVersion.current(tx);
                if (version == null) {
                  return List.of();
                }
                return tx.run(
                        "MATCH (f) WHERE (f:"
                            + NodeLabel.FINDING.label()
                            + " OR f:"
                            + NodeLabel.PENDING_FINDING.label()
                            + ") AND f.version = $version RETURN f",
                        Map.of("version", version))
                    .list(r -> finding(r.get("f")));
              });
    }
    List<Finding> sorted = new ArrayList<>(out);
    sorted.sort(Finding.ORDER);
    return sorted;
  }

  private static Finding finding(Value f) {
    String id = f.get("id").asString();
    return new Finding(
        id,
        parse(FindingType.class, f.get("type").asString(null), id, "type"),
        parse(Severity.class, f.get("severity").asString(null), id, "severity"),
        f.get("resource").asString(null),
        f.get("accountId").asString(null),
        f.get("title").asString(null),
        f.get("evidence").isNull() ? List.of() : f.get("evidence").asList(Value::asString),
        f.get("remediation").asString(null),
        FindingRows.readPath(f.get("path").asString(null), id));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String id, String what) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          "stored finding "
              + id
              + " has "
              + what
              + " '"
              + name
              + "', which this version does not know",
          e);
    }
  }
}
