package io.accessgraph.analysis.policy.condition;

import io.accessgraph.model.policy.Condition;
import java.util.ArrayList;
import java.util.List;

/** A statement's whole Condition element: every operator-key pair must hold (logical AND). */
public final class ConditionBlock {
  private static final ConditionBlock EMPTY = new ConditionBlock(new CompiledCondition[0]);

  private final CompiledCondition[] conditions;

  private ConditionBlock(CompiledCondition[] conditions) {
    this.conditions = conditions;
  }

  public static ConditionBlock compile(List<Condition> conditions) {
    if (conditions.isEmpty()) {
      return EMPTY;
    }
    return new ConditionBlock(
        conditions.stream().map(CompiledCondition::compile).toArray(CompiledCondition[]::new));
  }

  public boolean isEmpty() {
    return conditions.length == 0;
  }

  /** Problems found at compile time (unknown operators, invalid values), for warnings. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (CompiledCondition c : conditions) {
      if (c.problem() != null) {
        out.add(c.problem());
      }
    }
    return out;
  }

  /**
   * Evaluates all conditions. When the result is UNKNOWN, the descriptions of the conditions that
   * could not be decided are added to {@code unresolved}; a FALSE condition ends the evaluation.
   */
  public Tri evaluate(ContextKeys context, List<String> unresolved) {
    Tri all = Tri.TRUE;
    int mark = unresolved.size();
    for (CompiledCondition c : conditions) {
      Tri t = c.evaluate(context);
      if (t == Tri.FALSE) {
        while (unresolved.size() > mark) {
          unresolved.remove(unresolved.size() - 1);
        }
        return Tri.FALSE;
      }
      if (t == Tri.UNKNOWN) {
        unresolved.add(c.describe());
        all = Tri.UNKNOWN;
      }
    }
    return all;
  }

  /** Returned by {@link #evaluateMask} when a condition is false. */
  public static final long FALSE = -1L;

  /**
   * Allocation-free evaluation for the hot path: {@link #FALSE}, 0 when every condition holds, or a
   * bit mask of the undecided conditions (bit i for condition i; conditions past 62 share bit 62).
   */
  public long evaluateMask(ContextKeys context) {
    long unknown = 0;
    for (int i = 0; i < conditions.length; i++) {
      Tri t = conditions[i].evaluate(context);
      if (t == Tri.FALSE) {
        return FALSE;
      }
      if (t == Tri.UNKNOWN) {
        unknown |= 1L << Math.min(i, 62);
      }
    }
    return unknown;
  }

  /** The description of condition {@code i}, as used in unresolved-condition lists. */
  public String describe(int i) {
    return conditions[i].describe();
  }

  public int size() {
    return conditions.length;
  }

  public List<String> describeAll() {
    List<String> out = new ArrayList<>(conditions.length);
    for (CompiledCondition c : conditions) {
      out.add(c.describe());
    }
    return out;
  }
}
