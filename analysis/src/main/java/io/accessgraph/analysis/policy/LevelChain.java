package io.accessgraph.analysis.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The SCP (or RCP) levels governing one account, root first, with what each action needs from them
 * worked out once for the whole account. Most organizations attach FullAWSAccess everywhere and a
 * few Denies: for most actions the Allow side of every level is then the same for every request of
 * every principal of the account, and only the levels with a Deny naming the action are scanned.
 */
final class LevelChain {
  /** What the levels hold for one action. */
  static final class Step {
    /** The candidates of each level, in level order. */
    final Candidates[] perLevel;

    /**
     * Every level's Allows as one gate when it is the same for every request and no level fails,
     * else null (the levels are scanned one by one).
     */
    final Gate fixedAllows;

    /** The levels whose Denies can name the action, in level order. */
    final int[] denyLevels;

    Step(Candidates[] perLevel) {
      this.perLevel = perLevel;
      Gate[] allows = new Gate[perLevel.length];
      boolean fixed = true;
      List<Integer> withDenies = new ArrayList<>();
      for (int i = 0; i < perLevel.length; i++) {
        allows[i] = perLevel[i].fixedAllows;
        fixed &= allows[i] != null && allows[i] != Gate.NONE;
        if (perLevel[i].fixedDenies != Gate.NONE) {
          withDenies.add(i);
        }
      }
      this.fixedAllows = fixed ? Gate.and(allows) : null;
      this.denyLevels = withDenies.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private final List<Org.Level> levels;
  private final ActionCache<Step> steps = new ActionCache<>(this::step);

  LevelChain(List<Org.Level> levels) {
    this.levels = List.copyOf(levels);
  }

  List<Org.Level> levels() {
    return levels;
  }

  Step forAction(ActionName action) {
    return steps.get(action);
  }

  private Step step(ActionName action) {
    Candidates[] perLevel = new Candidates[levels.size()];
    for (int i = 0; i < perLevel.length; i++) {
      perLevel[i] = levels.get(i).policies().candidates(action);
    }
    return new Step(perLevel);
  }
}
