package io.accessgraph.analysis.escalation;

import static io.accessgraph.analysis.escalation.TestOrg.allow;
import static io.accessgraph.analysis.escalation.TestOrg.deny;
import static io.accessgraph.analysis.escalation.TestOrg.stmt;

import io.accessgraph.analysis.escalation.catalog.EscalationMethod;
import io.accessgraph.analysis.graph.WellKnownNodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest organization in which one method holds: an attacker in account A with exactly the
 * method's permissions, and the target the method needs. A {@link Variant} takes one thing away (a
 * permission, the resource, …) for the negative cases.
 */
final class MethodFixture {
  static final String A = "111111111111";

  /** Matches no resource of account A. */
  static final String ELSEWHERE = "arn:aws:*:*:222222222222:*";

  enum Variant {
    FULL,
    RESOURCE_EXCLUDED,
    DENY_IN_OTHER_POLICY,
    SCP_DENY,
    BOUNDARY,
    IMPOSSIBLE_CONDITION,
    UNRESOLVED_CONDITION,
    NO_INVENTORY
  }

  final TestOrg org = new TestOrg();
  final TestOrg.Acc acc = org.account(A);
  final EscalationMethod method;
  String source;
  String target;

  private MethodFixture(EscalationMethod method) {
    this.method = method;
  }

  /** The fixture with every permission but the one at {@code missing} (or all, for -1). */
  static MethodFixture of(EscalationMethod m, Variant variant, int missing) {
    MethodFixture f = new MethodFixture(m);
    f.build(variant, missing);
    return f;
  }

  boolean expectConditional() {
    return method.precondition() != null;
  }

  /** The actions that act on the target (the rest act on resources the attacker creates). */
  List<String> targetActions() {
    return switch (method.rule()) {
      case "passrole" -> List.of("iam:PassRole");
      case "existing-resource", "instance" -> method.resourceActions();
      default -> method.permissions();
    };
  }

  private void build(Variant variant, int missing) {
    List<String> perms = new ArrayList<>(method.permissions());
    if (missing >= 0) {
      perms.remove(missing);
    }
    List<String> onTarget = new ArrayList<>();
    List<String> onAny = new ArrayList<>();
    for (String p : perms) {
      (targetActions().contains(p) ? onTarget : onAny).add(p);
    }
    String condition =
        switch (variant) {
          case IMPOSSIBLE_CONDITION -> "{'StringEquals':{'aws:PrincipalAccount':'222222222222'}}";
          case UNRESOLVED_CONDITION -> "{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}";
          default -> null;
        };
    List<String> docs = new ArrayList<>();
    if (!onAny.isEmpty()) {
      docs.add(stmt("Allow", String.join(",", onAny), "*", condition));
    }
    if (!onTarget.isEmpty()) {
      String where = variant == Variant.RESOURCE_EXCLUDED ? ELSEWHERE : "*";
      docs.add(stmt("Allow", String.join(",", onTarget), where, condition));
    }
    String first = targetActions().get(0);
    List<String> attached = new ArrayList<>();
    if (variant == Variant.DENY_IN_OTHER_POLICY) {
      attached.add(acc.managed("guardrail", deny(first, "*")));
    }
    if (variant == Variant.SCP_DENY) {
      org.scp("DenyIt", deny(first, "*"));
    }
    String boundary =
        variant == Variant.BOUNDARY ? acc.managed("boundary", allow("s3:*", "*")) : null;
    setUpTarget(variant != Variant.NO_INVENTORY);
    String[] inline = docs.toArray(String[]::new);
    if (sourceIsRole()) {
      source =
          acc.role(
              "attacker", TestOrg.trustService("ec2.amazonaws.com"), attached, boundary, inline);
    } else {
      List<String> groups = method.rule().equals("iam-group-self") ? List.of("team") : List.of();
      List<String> withOwn = new ArrayList<>(attached);
      if (method.rule().startsWith("iam-") && method.rule().contains("version-self")) {
        withOwn.add(acc.arn("policy", "mine"));
      }
      source = acc.user("attacker", groups, withOwn, boundary, inline);
    }
  }

  /** Roles for role-only self methods, and where a user source would escalate itself instead. */
  private boolean sourceIsRole() {
    String first = method.permissions().get(0).toLowerCase();
    return switch (method.rule()) {
      case "iam-self-inline", "iam-self-attach" -> first.contains("role");
      case "iam-principal-policy" -> first.contains("user");
      default -> false;
    };
  }

  private void setUpTarget(boolean inventory) {
    String admin = WellKnownNodes.accountAdmin(A);
    String root = "arn:aws:iam::" + A + ":root";
    switch (method.rule()) {
      case "passrole" -> {
        target = acc.role("target", TestOrg.trustService(method.trustedServices().get(0)));
        if (method.roleProfile().equals("required")) {
          acc.profile("target-profile", target);
        }
        if (method.existingResource() != null && inventory) {
          acc.resource(method.existingResource(), "existing", null);
        }
      }
      case "existing-resource" -> {
        target = acc.role("target", TestOrg.trustService(method.trustedServices().get(0)));
        if (inventory) {
          acc.resource(method.existingResource(), "existing", target);
        }
      }
      case "instance" -> {
        target = acc.role("target", TestOrg.trustService("ec2.amazonaws.com"));
        acc.instance("i-0123456789abcdef0", "running", acc.profile("target-profile", target));
      }
      case "iam-self-inline", "iam-self-attach", "iam-createrole-self" -> target = admin;
      case "iam-group-self" -> {
        acc.group("team", List.of());
        target = admin;
      }
      case "iam-policy-version-self" -> {
        acc.managed("mine", allow("s3:ListBucket", "*"));
        target = admin;
      }
      case "iam-default-version-self" -> {
        acc.managedVersions("mine", allow("*", "*"), allow("s3:ListBucket", "*"));
        target = admin;
      }
      case "iam-add-to-group" -> {
        acc.group("admins", List.of(), allow("*", "*"));
        target = admin;
      }
      case "iam-user-credentials" -> {
        List<String> lower = method.permissions().stream().map(String::toLowerCase).toList();
        int keys = lower.contains("iam:deleteaccesskey") ? 2 : 0;
        Boolean password =
            lower.contains("iam:createloginprofile")
                ? Boolean.FALSE
                : lower.contains("iam:updateloginprofile") ? Boolean.TRUE : null;
        target = acc.userWith("victim", List.of(), List.of(), null, keys, password);
      }
      case "iam-role-takeover" ->
          target = acc.role("victim", TestOrg.trustService("ec2.amazonaws.com"));
      case "iam-principal-policy" -> {
        if (method.permissions().get(0).toLowerCase().contains("user")) {
          acc.user("victim");
        } else if (method.permissions().get(0).equalsIgnoreCase("iam:CreatePolicyVersion")) {
          String p = acc.managed("victim-policy", allow("s3:ListBucket", "*"));
          acc.role("victim", TestOrg.trustAws(root), List.of(p), null);
        } else {
          acc.role("victim", TestOrg.trustAws(root));
        }
        target = admin;
      }
      default -> throw new IllegalArgumentException("no fixture for rule " + method.rule());
    }
  }
}
