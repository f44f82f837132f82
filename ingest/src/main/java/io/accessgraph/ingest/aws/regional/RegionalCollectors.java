package io.accessgraph.ingest.aws.regional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The regional services the collector knows, by the name {@code --services} uses. */
public final class RegionalCollectors {
  private static final List<RegionalCollector> ALL =
      List.of(
          new Ec2Instances(),
          new LambdaFunctions(),
          new CloudFormationStacks(),
          new CodeBuildProjects(),
          new EcsTasks(),
          new GlueJobs(),
          new SageMakerNotebooks());
  private static final Map<String, RegionalCollector> BY_NAME =
      ALL.stream().collect(Collectors.toMap(RegionalCollector::service, Function.identity()));

  private RegionalCollectors() {}

  /** Every service name, in collection order. */
  public static List<String> names() {
    return ALL.stream().map(RegionalCollector::service).toList();
  }

  /**
   * The collectors for {@code services}, EC2 first (it tells whether a region works).
   *
   * @throws IllegalArgumentException naming the unknown services and the known ones
   */
  public static List<RegionalCollector> forServices(Collection<String> services) {
    Set<String> unknown = new TreeSet<>(services);
    unknown.removeAll(BY_NAME.keySet());
    unknown.remove("iam");
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown service(s) " + unknown + " in --services; known: iam (always), " + names());
    }
    List<RegionalCollector> chosen = new ArrayList<>();
    for (RegionalCollector c : ALL) {
      if (services.contains(c.service())) {
        chosen.add(c);
      }
    }
    return chosen;
  }
}
