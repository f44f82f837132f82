package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.DevEndpoint;
import software.amazon.awssdk.services.glue.model.Job;

/**
 * {@code aws glue get-dev-endpoints} and {@code get-jobs}, each with its Role: {"DevEndpoints":
 * [...], "Jobs": [...]}.
 */
final class GlueJobs implements RegionalCollector {
  @Override
  public String service() {
    return "glue";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<DevEndpoint> endpoints = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    try (GlueClient glue = session.regional(GlueClient.builder(), region)) {
      // GetDevEndpoints has no paginator result key; walk its pages.
      glue.getDevEndpointsPaginator(r -> {}).forEach(page -> endpoints.addAll(page.devEndpoints()));
      glue.getJobsPaginator(r -> {}).jobs().forEach(jobs::add);
    }
    SdkJson json = SdkJson.plain();
    ObjectNode file = SnapshotFiles.newObject();
    file.set("DevEndpoints", json.array(endpoints));
    file.set("Jobs", json.array(jobs));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return endpoints.size() + jobs.size();
  }
}
