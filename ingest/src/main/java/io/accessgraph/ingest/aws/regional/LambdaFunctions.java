package io.accessgraph.ingest.aws.regional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SdkJson;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** {@code aws lambda list-functions}: {"Functions": [...]}, each with its execution Role. */
final class LambdaFunctions implements RegionalCollector {
  @Override
  public String service() {
    return "lambda";
  }

  @Override
  public int collect(AccountSession session, Region region, SnapshotFiles out) {
    List<FunctionConfiguration> functions = new ArrayList<>();
    try (LambdaClient lambda = session.regional(LambdaClient.builder(), region)) {
      lambda.listFunctionsPaginator(r -> {}).functions().forEach(functions::add);
    }
    ObjectNode file = SnapshotFiles.newObject();
    file.set("Functions", SdkJson.plain().array(functions));
    out.write(RegionalCollector.fileName(session, service(), region), file);
    return functions.size();
  }
}
