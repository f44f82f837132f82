package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.condition.ConditionBlock;
import io.accessgraph.analysis.policy.condition.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One requirement of a decision (e.g. "an SCP at every level allows", "the boundary allows") with
 * the statements behind it. Gates combine with Kleene AND/OR; the combination keeps the evidence
 * and open conditions of the operands that determine the result, and the reasons of those that fail
 * it.
 *
 * <p>Only the value is computed eagerly. Evidence, open conditions and reasons are read from the
 * gate tree when a decision is assembled, and only the lists the decision shows: most gates of a
 * decision never need theirs, and building them was most of the cost of a decision.
 */
abstract class Gate {
  static final Gate PASS = new Fixed(Tri.TRUE, List.of(), List.of(), List.of());

  /** FALSE without a reason: for Deny scans, where "no Deny applies" needs none. */
  static final Gate NONE = new Fixed(Tri.FALSE, List.of(), List.of(), List.of());

  final Tri value;

  private Gate(Tri value) {
    this.value = value;
  }

  /** A gate whose lists are known up front. */
  static Gate of(Tri value, List<Evidence> evidence, List<String> unresolved) {
    return new Fixed(value, evidence, unresolved, List.of());
  }

  static Gate fail(String reason) {
    return new Fixed(Tri.FALSE, List.of(), List.of(), List.of(reason));
  }

  /** FALSE with a reason that is only written if a decision shows it. */
  static Gate fail(Supplier<String> reason) {
    return new Fail(reason);
  }

  /**
   * The Allow or Deny statements of one scan that apply. {@code notMasks[i]} is the complement
   * ({@code ~}) of the {@link CompiledStatement#appliesMask} of {@code statements[i]}, so that 0,
   * the complement of {@link ConditionBlock#FALSE} and what a new array holds, marks those that do
   * not apply; at least one applies.
   */
  static Gate scanned(
      Tri value, CompiledStatement[] statements, Evidence[] evidence, long[] notMasks) {
    return new Scanned(value, statements, evidence, notMasks);
  }

  static Gate and(Gate... gates) {
    Tri v = Tri.TRUE;
    for (Gate g : gates) {
      v = v.and(g.value);
    }
    return new And(v, gates);
  }

  static Gate or(Gate... gates) {
    Tri v = Tri.FALSE;
    for (Gate g : gates) {
      v = v.or(g.value);
    }
    return new Or(v, gates);
  }

  /** The statements behind the value: empty when FALSE. */
  final List<Evidence> evidence() {
    if (value == Tri.FALSE) {
      return List.of();
    }
    List<Evidence> out = new ArrayList<>(4);
    addEvidence(out);
    return frozen(out);
  }

  /** The conditions only the request can decide: empty unless UNKNOWN. */
  final List<String> unresolved() {
    if (value != Tri.UNKNOWN) {
      return List.of();
    }
    List<String> out = new ArrayList<>(4);
    addUnresolved(out);
    return frozen(out);
  }

  /** Why the gate fails: empty unless FALSE. */
  final List<String> reasons() {
    if (value != Tri.FALSE) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    addReasons(out);
    return frozen(out);
  }

  /**
   * An immutable copy that {@code List.copyOf} (as records use it) takes as it is; lists of one or
   * two, the common case, need no array.
   */
  static <T> List<T> frozen(List<T> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      case 2 -> List.of(list.get(0), list.get(1));
      default -> List.copyOf(list);
    };
  }

  abstract void addEvidence(List<Evidence> into);

  abstract void addUnresolved(List<String> into);

  abstract void addReasons(List<String> into);

  private static final class Fixed extends Gate {
    private final List<Evidence> evidence;
    private final List<String> unresolved;
    private final List<String> reasons;

    Fixed(Tri value, List<Evidence> evidence, List<String> unresolved, List<String> reasons) {
      super(value);
      this.evidence = evidence;
      this.unresolved = unresolved;
      this.reasons = reasons;
    }

    @Override
    void addEvidence(List<Evidence> into) {
      into.addAll(evidence);
    }

    @Override
    void addUnresolved(List<String> into) {
      into.addAll(unresolved);
    }

    @Override
    void addReasons(List<String> into) {
      into.addAll(reasons);
    }
  }

  private static final class Fail extends Gate {
    private final Supplier<String> reason;

    Fail(Supplier<String> reason) {
      super(Tri.FALSE);
      this.reason = reason;
    }

    @Override
    void addEvidence(List<Evidence> into) {}

    @Override
    void addUnresolved(List<String> into) {}

    @Override
    void addReasons(List<String> into) {
      into.add(reason.get());
    }
  }

  /**
   * A scan: when TRUE, the statements that hold outright (the conditional ones are irrelevant);
   * when UNKNOWN, every conditional statement with its open conditions.
   */
  private static final class Scanned extends Gate {
    private final CompiledStatement[] statements;
    private final Evidence[] evidence;
    private final long[] notMasks;

    Scanned(Tri value, CompiledStatement[] statements, Evidence[] evidence, long[] notMasks) {
      super(value);
      this.statements = statements;
      this.evidence = evidence;
      this.notMasks = notMasks;
    }

    @Override
    void addEvidence(List<Evidence> into) {
      for (int i = 0; i < notMasks.length; i++) {
        long m = ~notMasks[i];
        if (m != ConditionBlock.FALSE && (value != Tri.TRUE || m == 0)) {
          into.add(evidence[i]);
        }
      }
    }

    @Override
    void addUnresolved(List<String> into) {
      if (value != Tri.UNKNOWN) {
        return;
      }
      for (int i = 0; i < notMasks.length; i++) {
        long m = ~notMasks[i];
        if (m != ConditionBlock.FALSE) {
          statements[i].openConditions(m, into);
        }
      }
    }

    @Override
    void addReasons(List<String> into) {}
  }

  /** AND: the reasons of the failing operands when FALSE, else everyone's statements. */
  private static final class And extends Gate {
    private final Gate[] parts;

    And(Tri value, Gate[] parts) {
      super(value);
      this.parts = parts;
    }

    @Override
    void addEvidence(List<Evidence> into) {
      if (value != Tri.FALSE) {
        for (Gate g : parts) {
          g.addEvidence(into);
        }
      }
    }

    @Override
    void addUnresolved(List<String> into) {
      if (value != Tri.FALSE) {
        for (Gate g : parts) {
          g.addUnresolved(into);
        }
      }
    }

    @Override
    void addReasons(List<String> into) {
      if (value == Tri.FALSE) {
        for (Gate g : parts) {
          if (g.value == Tri.FALSE) {
            g.addReasons(into);
          }
        }
      }
    }
  }

  /**
   * OR: the first operand that holds when TRUE; the conditional operands when UNKNOWN; everyone's
   * reasons when FALSE.
   */
  private static final class Or extends Gate {
    private final Gate[] parts;

    Or(Tri value, Gate[] parts) {
      super(value);
      this.parts = parts;
    }

    private Gate firstTrue() {
      for (Gate g : parts) {
        if (g.value == Tri.TRUE) {
          return g;
        }
      }
      throw new IllegalStateException("a TRUE disjunction without a TRUE operand");
    }

    @Override
    void addEvidence(List<Evidence> into) {
      if (value == Tri.TRUE) {
        firstTrue().addEvidence(into);
      } else if (value == Tri.UNKNOWN) {
        for (Gate g : parts) {
          if (g.value == Tri.UNKNOWN) {
            g.addEvidence(into);
          }
        }
      }
    }

    @Override
    void addUnresolved(List<String> into) {
      if (value == Tri.TRUE) {
        firstTrue().addUnresolved(into);
      } else if (value == Tri.UNKNOWN) {
        for (Gate g : parts) {
          if (g.value == Tri.UNKNOWN) {
            g.addUnresolved(into);
          }
        }
      }
    }

    @Override
    void addReasons(List<String> into) {
      if (value == Tri.TRUE) {
        firstTrue().addReasons(into);
      } else if (value == Tri.FALSE) {
        for (Gate g : parts) {
          g.addReasons(into);
        }
      }
    }
  }
}
