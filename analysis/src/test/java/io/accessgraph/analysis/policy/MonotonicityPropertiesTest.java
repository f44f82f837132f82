package io.accessgraph.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Explicit deny wins and allows only add (IAM User Guide, "Policy evaluation logic"): adding a Deny
 * statement never turns DENY into ALLOW (nor anything into a more permissive verdict), adding an
 * Allow never turns ALLOW into DENY. Policies, boundary, SCP and request are random over a small
 * vocabulary so statements often collide.
 */
class MonotonicityPropertiesTest {
  static final String ACC = "111111111111";
  static final String USER = "arn:aws:iam::" + ACC + ":user/p";

  record Stmt(String effect, String action, String resource, String condition) {
    String json() {
      return "{'Effect':'"
          + effect
          + "','Action':'"
          + action
          + "','Resource':'"
          + resource
          + "'"
          + (condition.isEmpty() ? "" : ",'Condition':" + condition)
          + "}";
    }
  }

  record Scenario(
      List<Stmt> identity,
      List<Stmt> boundary,
      List<Stmt> scp,
      String action,
      String resource,
      Stmt extra) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<String> effect = Arbitraries.of("Allow", "Deny");
    Arbitrary<String> action =
        Arbitraries.of(
            "*", "s3:*", "s3:Get*", "s3:GetObject", "iam:PassRole", "iam:*", "ec2:Run?nstances");
    Arbitrary<String> resource =
        Arbitraries.of(
            "*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "arn:aws:iam::111111111111:role/*");
    Arbitrary<String> condition =
        Arbitraries.of(
            "",
            "",
            "{'Bool':{'aws:MultiFactorAuthPresent':'true'}}",
            "{'StringEquals':{'aws:username':'p'}}",
            "{'StringEquals':{'aws:username':'q'}}",
            "{'StringNotEqualsIfExists':{'aws:PrincipalTag/team':'red'}}");
    Arbitrary<Stmt> stmt = Combinators.combine(effect, action, resource, condition).as(Stmt::new);
    Arbitrary<List<Stmt>> some = stmt.list().ofMinSize(0).ofMaxSize(4);
    Arbitrary<String> reqAction =
        Arbitraries.of("s3:GetObject", "s3:PutObject", "iam:PassRole", "ec2:RunInstances");
    Arbitrary<String> reqResource =
        Arbitraries.of("arn:aws:s3:::b/k", "arn:aws:iam::111111111111:role/r", "*");
    return Combinators.combine(
            some, some.injectNull(0.5), some.injectNull(0.5), reqAction, reqResource, stmt)
        .as(Scenario::new);
  }

  @Property(tries = 200)
  void addingDenyNeverLoosens(@ForAll("scenarios") Scenario s) {
    Stmt extra = new Stmt("Deny", s.extra().action(), s.extra().resource(), s.extra().condition());
    Verdict before = decide(s, null);
    Verdict after = decide(s, extra);
    assertThat(rank(after)).as(before + " -> " + after).isLessThanOrEqualTo(rank(before));
  }

  @Property(tries = 200)
  void addingAllowNeverTightens(@ForAll("scenarios") Scenario s) {
    Stmt extra = new Stmt("Allow", s.extra().action(), s.extra().resource(), s.extra().condition());
    Verdict before = decide(s, null);
    Verdict after = decide(s, extra);
    assertThat(rank(after)).as(before + " -> " + after).isGreaterThanOrEqualTo(rank(before));
  }

  /** DENY < CONDITIONAL < ALLOW. */
  private static int rank(Verdict v) {
    return switch (v) {
      case DENY -> 0;
      case CONDITIONAL -> 1;
      case ALLOW -> 2;
    };
  }

  private static Verdict decide(Scenario s, Stmt extra) {
    List<Stmt> identity = new ArrayList<>(s.identity());
    if (extra != null) {
      identity.add(extra);
    }
    World w = new World();
    if (s.scp() != null) {
      w.org("999999999999").member(ACC, "r-root");
      w.scp("Random", doc(s.scp()), "r-root", ACC);
    }
    World.Acc a = w.account(ACC);
    String boundary = s.boundary() == null ? null : a.managed("B", doc(s.boundary()));
    a.userWith("p", List.of(), List.of(), boundary, Map.of(), doc(identity));
    return w.engine().evaluate(AccessRequest.of(USER, s.action(), s.resource())).verdict();
  }

  private static String doc(List<Stmt> statements) {
    StringBuilder sb = new StringBuilder("{'Statement':[");
    for (int i = 0; i < statements.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(statements.get(i).json());
    }
    return sb.append("]}").toString();
  }
}
