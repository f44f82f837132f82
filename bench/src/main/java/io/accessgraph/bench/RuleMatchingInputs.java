package io.accessgraph.bench;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.escalation.rules.EscalationRules;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.analysis.policy.AdminVerdict;
import io.accessgraph.analysis.policy.PolicyEngine;
import io.accessgraph.analysis.policy.Verdict;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.ingest.synth.SynthOptions;
import io.accessgraph.ingest.synth.SyntheticOrganization;
import io.accessgraph.model.Arn;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A snapshot with everything {@link EscalationRules#find} needs, prepared the way {@link
 * AccessAnalyzer#analyze()} prepares it: the compiled engine, the administrators with the
 * conditions of their verdict, and the CAN_ASSUME edges. Building it also runs one full analysis,
 * so the engine's lazily built caches are warm before anything is measured.
 */
record RuleMatchingInputs(
    Snapshot snapshot,
    PolicyEngine engine,
    Map<String, List<String>> admins,
    List<AccessEdge> assumeEdges) {

  static RuleMatchingInputs of(Snapshot snapshot) {
    PolicyEngine engine = PolicyEngine.of(snapshot);
    // Same rule as the analyzer's admin edges: every verdict but DENY, with its conditions.
    Map<String, List<String>> admins = new HashMap<>();
    for (String arn : engine.principalArns()) {
      AdminVerdict v = engine.admin(arn);
      if (v.verdict() != Verdict.DENY) {
        admins.put(arn, v.unresolvedConditions());
      }
    }
    List<AccessEdge> assume =
        new AccessAnalyzer(snapshot, engine)
            .analyze().edges().stream().filter(e -> e.kind() == EdgeKind.CAN_ASSUME).toList();
    return new RuleMatchingInputs(snapshot, engine, Map.copyOf(admins), assume);
  }

  /**
   * The rule-matching step alone, as the analyzer runs it: a new rule set, whose per-policy cache
   * of what managed policies grant starts empty.
   */
  List<AccessEdge> findEscalations() {
    return findEscalations(new EscalationRules(engine));
  }

  /**
   * The rule-matching step with a rule set that may have run before: what managed policies grant is
   * then already known, as it is for every account of an organization but the first to use each
   * policy.
   */
  List<AccessEdge> findEscalations(EscalationRules rules) {
    return rules.find(snapshot, admins, assumeEdges);
  }

  /**
   * The same organization, engine and verdicts with only one account left to analyse, and only the
   * CAN_ASSUME edges from its principals: the only ones that account's rules read (gateways and
   * assumable roles are looked up by source). Sorting the organization's other edges on every call
   * would charge the account with work the analyzer does once for all accounts.
   */
  RuleMatchingInputs onlyAccount(String accountId) {
    AccountSnapshot account =
        snapshot
            .account(accountId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "account " + accountId + " is not in the snapshot"));
    List<AccessEdge> fromAccount =
        assumeEdges.stream()
            .filter(
                e -> {
                  Arn from = Arn.tryParse(e.from());
                  return from != null && accountId.equals(from.account());
                })
            .toList();
    return new RuleMatchingInputs(
        new Snapshot(snapshot.organization(), Map.of(accountId, account), snapshot.problems()),
        engine,
        admins,
        fromAccount);
  }

  /**
   * Generates the synthetic organization into a temporary directory, reads it back with the offline
   * reader (the path real input takes) and deletes the files.
   *
   * @throws IllegalStateException when the read reports problems or the principal count is not
   *     accounts × principalsPerAccount: the figures would then describe another organization
   */
  static Snapshot synthetic(int accounts, int principalsPerAccount, long seed) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("accessgraph-rule-matching");
      SyntheticOrganization.write(new SynthOptions(accounts, principalsPerAccount, seed), dir);
      Snapshot snapshot = new OfflineSnapshotReader().read(dir);
      if (!snapshot.problems().isEmpty()) {
        throw new IllegalStateException(
            "synthetic organization read with problems: " + snapshot.problems());
      }
      long principals = snapshot.accountList().stream().mapToLong(a -> a.principalCount()).sum();
      if (principals != (long) accounts * principalsPerAccount) {
        throw new IllegalStateException(
            "synthetic organization has "
                + principals
                + " principals, expected "
                + accounts
                + " x "
                + principalsPerAccount);
      }
      return snapshot;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic organization to " + dir, e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary directory " + dir, e);
    }
  }
}
