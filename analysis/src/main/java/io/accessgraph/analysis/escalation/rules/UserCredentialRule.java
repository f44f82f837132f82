package io.accessgraph.analysis.escalation.rules;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.escalation.catalog.MethodCatalog;
import io.accessgraph.model.iam.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Credentials for another user of the account: a new access key (iam-002; iam-003 when the user
 * already has two, the maximum), a console password where it has none (iam-004), or a new one where
 * it has one (iam-006). The edge goes to that user.
 */
final class UserCredentialRule implements Rule {
  @Override
  public void apply(AccountScope scope) {
    for (EscalationMethod m : MethodCatalog.ofRule("iam-user-credentials")) {
      List<String> lower = AccountScope.lower(m.permissions());
      for (Grants source : scope.sources(m)) {
        List<User> targets = scope.view.users.matchingAny(source.patterns(lower.get(0)));
        for (User target :
            scope.open(source.arn, scope.adminsFirst(targets, User::arn), User::arn)) {
          if (scope.settled(source.arn, target.arn())) {
            continue;
          }
          Proof p = new Proof();
          if (!targetState(lower, target, p)) {
            continue;
          }
          List<Attempt> attempts = new ArrayList<>();
          for (String action : m.permissions()) {
            attempts.add(scope.checker.decide(source.arn, action, target.arn()));
          }
          if (p.addAll(attempts)) {
            scope.offer(m, source, target.arn(), p);
          }
        }
      }
    }
  }

  /** Whether the target's credentials allow the method; unknown facts become conditions. */
  private static boolean targetState(List<String> actions, User target, Proof p) {
    int keys = target.accessKeys().size();
    if (actions.contains("iam:deleteaccesskey")) {
      if (keys < 2) {
        return false;
      }
      p.fact(target.arn() + " has " + keys + " access keys, the maximum");
      return true;
    }
    if (actions.contains("iam:createaccesskey")) {
      return keys < 2;
    }
    Boolean password = target.passwordEnabled();
    boolean create = actions.contains("iam:createloginprofile");
    if (password == null) {
      p.condition(
          create
              ? target.arn() + " must not have a console password yet (not in the snapshot)"
              : target.arn() + " must have a console password (not in the snapshot)");
      return true;
    }
    return create != password;
  }
}
