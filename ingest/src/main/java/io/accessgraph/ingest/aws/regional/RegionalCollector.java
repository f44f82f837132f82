package io.accessgraph.ingest.aws.regional;

import io.accessgraph.ingest.aws.client.AccountSession;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import software.amazon.awssdk.regions.Region;

/** Collects one service in one region of one account into one file. */
public interface RegionalCollector {
  /** The service name used in {@code --services} and in the file name. */
  String service();

  /**
   * Writes {@code <account>-<service>-<region>.json}.
   *
   * @return how many entities were written
   * @throws software.amazon.awssdk.core.exception.SdkException when the service cannot be read
   */
  int collect(AccountSession session, Region region, SnapshotFiles out);

  static String fileName(AccountSession session, String service, Region region) {
    return session.accountId() + "-" + service + "-" + region.id() + ".json";
  }
}
