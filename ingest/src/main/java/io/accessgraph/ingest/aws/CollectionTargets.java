package io.accessgraph.ingest.aws;

import io.accessgraph.ingest.aws.client.AwsClientFactory;
import io.accessgraph.ingest.aws.json.SnapshotFiles;
import io.accessgraph.ingest.aws.org.OrgDiscovery;
import io.accessgraph.ingest.aws.org.OrgTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Chooses the accounts to collect: the active accounts of the organization (written to {@code
 * org.json}), narrowed by {@code --accounts}; without Organizations access, {@code --accounts} or
 * the calling account.
 */
final class CollectionTargets {
  record Target(String accountId, String name) {}

  record Targets(List<Target> accounts, boolean organization) {}

  private final AwsClientFactory clients;
  private final Region home;
  private final AwsCredentialsProvider base;
  private final SnapshotFiles out;
  private final CollectProgress progress;

  CollectionTargets(
      AwsClientFactory clients,
      Region home,
      AwsCredentialsProvider base,
      SnapshotFiles out,
      CollectProgress progress) {
    this.clients = clients;
    this.home = home;
    this.base = base;
    this.out = out;
    this.progress = progress;
  }

  Targets choose(String caller, CollectOptions options) {
    OrgTree tree;
    try (OrganizationsClient orgs =
        clients.client(
            OrganizationsClient.builder(), AwsClientFactory.globalSigningRegion(home), base)) {
      tree = new OrgDiscovery(orgs).discover();
    } catch (SdkException e) {
      List<String> fallback = options.accounts().isEmpty() ? List.of(caller) : options.accounts();
      progress.note(
          "organization not readable from account "
              + caller
              + " ("
              + Errors.describe(e)
              + "); collecting "
              + (options.accounts().isEmpty() ? "the calling account " : "the given accounts ")
              + String.join(",", fallback));
      return new Targets(fallback.stream().map(id -> new Target(id, null)).toList(), false);
    }
    out.write("org.json", tree.json());
    tree.notes().forEach(progress::note);
    Map<String, OrgTree.Member> members =
        tree.members().stream()
            .collect(Collectors.toMap(OrgTree.Member::id, Function.identity(), (a, b) -> a));
    List<Target> targets = new ArrayList<>();
    if (options.accounts().isEmpty()) {
      for (OrgTree.Member m : tree.members()) {
        if (m.active()) {
          targets.add(new Target(m.id(), m.name()));
        } else {
          progress.note("account " + m.id() + " skipped: status " + m.status());
        }
      }
    } else {
      Set<String> wanted = new LinkedHashSet<>(options.accounts());
      for (String id : wanted) {
        OrgTree.Member m = members.get(id);
        if (m == null) {
          progress.note("account " + id + " is not in the organization; collecting it anyway");
        }
        targets.add(new Target(id, m == null ? null : m.name()));
      }
    }
    return new Targets(targets, true);
  }
}
