package io.accessgraph.api.query;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.findings.FindingsAnalyzer;
import io.accessgraph.analysis.graph.AccessGraph;
import io.accessgraph.ingest.demo.DemoOrganization;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.Snapshot;
import java.time.Instant;

/** The demo organization analyzed in memory: the query layer without Neo4j. */
public final class DemoQueries {
  public static final String INSTANCE = "i-0d3v0000000000001";
  public static final String INSTANCE_ARN =
      "arn:aws:ec2:us-east-1:555555555555:instance/" + INSTANCE;
  public static final String WEB_APP_ROLE = "arn:aws:iam::555555555555:role/web-app-role";
  public static final String PROD_DEPLOY_ROLE = "arn:aws:iam::444444444444:role/deploy-role";
  public static final String TERRAFORM_CI = "arn:aws:iam::333333333333:user/machine/terraform-ci";
  public static final String BOB = "arn:aws:iam::111111111111:user/bob";
  public static final String ALICE = "arn:aws:iam::111111111111:user/alice";

  private static Snapshot snapshot;
  private static AccessGraph graph;

  private DemoQueries() {}

  public static synchronized Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = new OfflineSnapshotReader().read(DemoOrganization.files());
      graph = AccessGraph.of(AccessAnalyzer.analyze(snapshot));
    }
    return snapshot;
  }

  /** A fresh query service (fresh caches) over the shared analysis. */
  public static AccessQueries queries() {
    return queries(
        (s, engine) ->
            FindingRows.of(FindingsAnalyzer.analyze(s, engine, AccessAnalyzer.analyze(s), NOW)));
  }

  /** Access key ages are counted up to this moment, so findings do not change with the clock. */
  static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  public static AccessQueries queries(FindingsSource findings) {
    Snapshot s = snapshot();
    return new AccessQueries(graph, () -> s, findings, new CatalogMethods());
  }
}
