package io.accessgraph.bench;

import io.accessgraph.analysis.escalation.rules.EscalationRules;
import io.accessgraph.analysis.graph.AccessEdge;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule matching for principals of one grant shape, against the target population of a real account:
 * the first prod account of the synthetic organization of {@link RuleMatchingBenchmark} (200
 * principals of its own), to which {@value #SHAPED} IAM users of the shape are added (see {@link
 * RuleMatchingShapes}). The engine, admin verdicts and CAN_ASSUME edges are those of the whole
 * organization; the measured call is {@code EscalationRules.find} on a snapshot holding only that
 * account, which is exactly the per-account work the analyzer does for it. The rule set is built
 * once and reused, so what managed policies grant is already known, as it is for every account of
 * an organization but the first to use each policy.
 *
 * <p>The per-principal step (an {@code AccountScope} with its {@code GrantIndex}, and the rules) is
 * package-private in {@code io.accessgraph.analysis.escalation.rules}, so the smallest public unit
 * that contains it is one account's {@code find}. The cost of one principal of a shape is therefore
 * {@code (score(shape) - score(none)) / SHAPED}: shape {@code none} is the account as generated.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RuleMatchingShape -f 1 -t 1} (warm-up 10 × 3
 * s by default: shorter warm-ups leave the shaped runs several times slower); on a shared machine
 * also {@link RuleMatchingCpuTime}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
public class RuleMatchingShapeBenchmark {
  /** Users of the shape added to the account. */
  static final int SHAPED = 400;

  @Param({"none", "narrow", "wildcard", "passrole"})
  public String shape;

  private RuleMatchingInputs account;
  private EscalationRules rules;

  @Setup
  public void setup() {
    var org =
        RuleMatchingInputs.synthetic(
            RuleMatchingBenchmark.ACCOUNTS,
            RuleMatchingBenchmark.PRINCIPALS_PER_ACCOUNT,
            RuleMatchingBenchmark.SEED);
    String accountId = RuleMatchingShapes.accountOfKind(org, "-prod-");
    RuleMatchingInputs all =
        RuleMatchingInputs.of(RuleMatchingShapes.withShape(org, accountId, shape, SHAPED));
    account = all.onlyAccount(accountId);
    rules = new EscalationRules(all.engine());
    report(accountId, account.findEscalations(rules));
  }

  @Benchmark
  public List<AccessEdge> matchAccount() {
    return account.findEscalations(rules);
  }

  /**
   * Prints what the shape finds, and refuses a shape whose users find nothing: the benchmark would
   * then time the index lookups that rule them out, not matching.
   */
  private void report(String accountId, List<AccessEdge> edges) {
    String prefix = "user/" + RuleMatchingShapes.PREFIX;
    List<AccessEdge> shaped = edges.stream().filter(e -> e.from().contains(prefix)).toList();
    long sources = shaped.stream().map(AccessEdge::from).distinct().count();
    Map<String, Long> byMethod =
        shaped.stream()
            .collect(
                Collectors.groupingBy(AccessEdge::method, TreeMap::new, Collectors.counting()));
    System.out.printf(
        "%nshape %s in account %s: %d edges in the account, %d from %d of the %d shaped users %s%n",
        shape,
        accountId,
        edges.size(),
        shaped.size(),
        sources,
        shape.equals("none") ? 0 : SHAPED,
        byMethod);
    if (!shape.equals("none") && sources != SHAPED) {
      throw new IllegalStateException(
          "only " + sources + " of the " + SHAPED + " users of shape " + shape + " have an edge");
    }
  }
}
