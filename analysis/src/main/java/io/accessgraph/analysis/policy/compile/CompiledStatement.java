package io.accessgraph.analysis.policy.compile;

import io.accessgraph.analysis.policy.condition.ConditionBlock;
import io.accessgraph.analysis.policy.condition.ContextKeys;
import io.accessgraph.analysis.policy.condition.Tri;
import io.accessgraph.model.policy.Effect;
import io.accessgraph.model.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/** One statement compiled into matchers, remembering the policy it came from for evidence. */
public final class CompiledStatement {
  private final String policyId;
  private final Statement source;
  private final ActionMatcher actions;
  private final boolean notAction;
  private final ResourceMatcher resources;
  private final boolean notResource;
  private final PrincipalMatcher principals;
  private final boolean notPrincipal;
  private final ConditionBlock conditions;
  private final List<String> problems = new ArrayList<>();
  private final String where;
  private final String[] conditionLines;

  CompiledStatement(String policyId, Statement s) {
    this.policyId = policyId;
    this.source = s;
    this.notAction = s.actions() == null;
    this.actions = ActionMatcher.of(notAction ? s.notActions() : s.actions());
    this.notResource = s.notResources() != null;
    List<String> res = notResource ? s.notResources() : s.resources();
    this.resources = res == null ? null : ResourceMatcher.of(res);
    this.notPrincipal = s.notPrincipal() != null;
    this.principals =
        notPrincipal
            ? PrincipalMatcher.of(s.notPrincipal())
            : s.principal() == null ? null : PrincipalMatcher.of(s.principal());
    this.conditions = ConditionBlock.compile(s.conditions());
    this.where =
        policyId + " statement " + s.index() + (s.sid() == null ? "" : " (Sid " + s.sid() + ")");
    this.conditionLines = new String[conditions.size()];
    for (int i = 0; i < conditionLines.length; i++) {
      conditionLines[i] =
          (s.isAllow() ? "" : "not: ") + conditions.describe(i) + " (" + where + ")";
    }
    if (principals != null) {
      principals.problems().forEach(p -> problems.add(where() + ": " + p));
    }
    conditions.problems().forEach(p -> problems.add(where() + ": " + p));
  }

  public String policyId() {
    return policyId;
  }

  public int index() {
    return source.index();
  }

  public String sid() {
    return source.sid();
  }

  public Effect effect() {
    return source.effect();
  }

  public boolean isAllow() {
    return source.isAllow();
  }

  public Statement source() {
    return source;
  }

  public boolean notAction() {
    return notAction;
  }

  public ActionMatcher actions() {
    return actions;
  }

  public boolean notResource() {
    return notResource;
  }

  /** Null when the statement has no Resource element (trust policies). */
  public ResourceMatcher resources() {
    return resources;
  }

  public ConditionBlock conditions() {
    return conditions;
  }

  public List<String> problems() {
    return problems;
  }

  /** The services this statement can apply to, or null for any service. */
  java.util.Set<String> services() {
    return notAction ? null : actions.services();
  }

  public boolean matchesAction(String lowerCaseAction) {
    return actions.matches(lowerCaseAction) != notAction;
  }

  public Tri matchesResource(String resource, ContextKeys context) {
    if (resources == null) {
      return Tri.TRUE;
    }
    Tri t = resources.matches(resource, context);
    return notResource ? t.not() : t;
  }

  /** How the Principal element names the caller; SELF when the statement has none. */
  public PrincipalMatch matchesPrincipal(CallerIdentity caller) {
    if (principals == null) {
      return PrincipalMatch.SELF;
    }
    PrincipalMatch m = principals.match(caller);
    if (!notPrincipal) {
      return m;
    }
    if (m != PrincipalMatch.NONE) {
      return PrincipalMatch.NONE;
    }
    return caller.kind() == CallerIdentity.Kind.ROLE ? PrincipalMatch.ROLE : PrincipalMatch.SELF;
  }

  /**
   * Whether the statement applies to the action and resource under the context (principal aside).
   * Unresolved conditions are added to {@code unresolved} when the answer is UNKNOWN.
   */
  public Tri applies(
      String lowerCaseAction, String resource, ContextKeys context, List<String> unresolved) {
    if (!matchesAction(lowerCaseAction)) {
      return Tri.FALSE;
    }
    Tri r = matchesResource(resource, context);
    if (r == Tri.FALSE) {
      return Tri.FALSE;
    }
    int mark = unresolved.size();
    if (r == Tri.UNKNOWN) {
      unresolved.add("Resource " + resources.written() + " depends on a request-time variable");
    }
    Tri c = conditions.evaluate(context, unresolved);
    if (c == Tri.FALSE) {
      while (unresolved.size() > mark) {
        unresolved.remove(unresolved.size() - 1);
      }
    }
    return r.and(c);
  }

  /** E.g. {@code arn:aws:iam::111122223333:policy/Deploy statement 0 (Sid AssumeDeploy)}. */
  public String where() {
    return where;
  }

  /**
   * The hot-path form of {@link #applies}: {@code ConditionBlock.FALSE} when the statement does not
   * apply, 0 when it does, else a mask of open conditions (see {@link #openConditions}); a resource
   * pattern that depends on a request-time variable sets bit 63.
   */
  public long appliesMask(String lowerCaseAction, String resource, ContextKeys context) {
    if (!matchesAction(lowerCaseAction)) {
      return ConditionBlock.FALSE;
    }
    return resourceAndConditionMask(resource, context);
  }

  /**
   * {@link #appliesMask} for a statement already known to match the action, as statements looked up
   * by action are.
   */
  public long resourceAndConditionMask(String resource, ContextKeys context) {
    Tri r = matchesResource(resource, context);
    if (r == Tri.FALSE) {
      return ConditionBlock.FALSE;
    }
    long c = conditions.evaluateMask(context);
    if (c == ConditionBlock.FALSE) {
      return c;
    }
    return r == Tri.UNKNOWN ? c | RESOURCE_OPEN : c;
  }

  /**
   * True when the statement applies to every resource under every context once its action matches:
   * no Resource element or {@code "*"}, and no conditions. Its Principal element is not considered.
   */
  public boolean unconditional() {
    return conditions.isEmpty()
        && (resources == null || (!notResource && resources.matchesEverything()));
  }

  /** Bit of {@link #appliesMask} for a Resource that depends on a request-time variable. */
  public static final long RESOURCE_OPEN = 1L << 63;

  /** Adds the lines for the open conditions of a mask, each naming this statement. */
  public void openConditions(long mask, List<String> into) {
    if ((mask & RESOURCE_OPEN) != 0) {
      into.add(
          (isAllow() ? "" : "not: ")
              + "Resource "
              + resources.written()
              + " depends on a request-time variable ("
              + where
              + ")");
    }
    for (int i = 0; i < conditionLines.length; i++) {
      if ((mask & (1L << Math.min(i, 62))) != 0) {
        into.add(conditionLines[i]);
      }
    }
  }
}
