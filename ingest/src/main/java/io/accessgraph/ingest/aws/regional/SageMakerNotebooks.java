package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceSummary;

/**
 * SageMaker notebook instances: the list call does not carry the role, so each is described ({@code
 * aws sagemaker describe-notebook-instance}, with RoleArn): {"NotebookInstances": [...]}.
 */
final class SageMakerNotebooks implements RegionalCollector {
  @Override
  public String service() {
    return "sagemaker";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<DescribeNotebookInstanceResponse> notebooks = new ArrayList<>();
    try (SageMakerClient sagemaker = session.regional(SageMakerClient.builder(), region)) {
      for (NotebookInstanceSummary summary :
          sagemaker.listNotebookInstancesPaginator(r -> {}).notebookInstances()) {
        notebooks.add(
            sagemaker.describeNotebookInstance(
                r -> r.notebookInstanceName(summary.notebookInstanceName())));
      }
    }
    ObjectNode file = SnapshotFiles.newObject();
    file.set("NotebookInstances", SdkJson.plain().array(notebooks));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return notebooks.size();
  }
}
