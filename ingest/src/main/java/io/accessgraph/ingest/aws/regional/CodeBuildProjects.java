package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.codebuild.model.Project;

/**
 * {@code aws codebuild batch-get-projects} for every project ListProjects names: {"projects":
 * [...]}, each with its serviceRole.
 */
final class CodeBuildProjects implements RegionalCollector {
  private static final int BATCH = 100; // BatchGetProjects accepts at most 100 names

  @Override
  public String service() {
    return "codebuild";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<Project> projects = new ArrayList<>();
    try (CodeBuildClient codebuild = session.regional(CodeBuildClient.builder(), region)) {
      List<String> names = new ArrayList<>();
      codebuild.listProjectsPaginator(r -> {}).projects().forEach(names::add);
      for (int i = 0; i < names.size(); i += BATCH) {
        List<String> batch = names.subList(i, Math.min(names.size(), i + BATCH));
        projects.addAll(codebuild.batchGetProjects(r -> r.names(batch)).projects());
      }
    }
    ObjectNode file = SnapshotFiles.newObject();
    file.set("projects", SdkJson.plain().array(projects));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return projects.size();
  }
}
