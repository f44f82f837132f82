package io.accessgraph.analysis.findings;

import io.accessgraph.model.ec2.Ec2Instance;
import io.accessgraph.model.snapshot.AccountSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * IMDSV1_PRIVILEGED_INSTANCE: an instance that allows IMDSv1 (an SSRF in its software is enough to
 * read its role's credentials) whose role is admin or reaches admin; CRITICAL when it is running
 * and the way to admin holds without conditions, else HIGH (stopped: harmless until started).
 * INSTANCE_WITHOUT_PROFILE: a running instance without an instance profile, CIS AWS Foundations
 * 1.18 (applications on it then tend to carry long-lived keys), LOW.
 */
final class InstanceFindings {
  private final Review review;

  InstanceFindings(Review review) {
    this.review = review;
  }

  void addTo(List<Finding> out) {
    for (AccountSnapshot account : review.snapshot.accountList()) {
      for (Ec2Instance instance : account.instances()) {
        if ("terminated".equalsIgnoreCase(instance.state())) {
          continue;
        }
        if (instance.imdsV1Allowed()) {
          imdsV1(account.accountId(), instance, out);
        }
        if (running(instance) && blank(instance.instanceProfileArn())) {
          out.add(withoutProfile(account.accountId(), instance));
        }
      }
    }
  }

  private void imdsV1(String accountId, Ec2Instance instance, List<Finding> out) {
    var route = review.adminRoute(instance.arn());
    if (route.isEmpty()) {
      return;
    }
    boolean critical = running(instance) && !route.get().conditional();
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "instance "
            + instance.instanceId()
            + " ("
            + instance.state()
            + ") has HttpTokens="
            + instance.httpTokens()
            + ", HttpEndpoint="
            + (instance.httpEndpoint() == null ? "enabled" : instance.httpEndpoint())
            + ": IMDSv1 answers without a session token, so an SSRF reads the role's credentials");
    evidence.add("instance profile " + instance.instanceProfileArn());
    if (!blank(instance.publicIp())) {
      evidence.add("public IP " + instance.publicIp());
    }
    evidence.add(review.adminReachLine(instance.arn()));
    if (!running(instance)) {
      evidence.add("the instance is " + instance.state() + ": dangerous once someone starts it");
    }
    out.add(
        new Finding(
            FindingType.IMDSV1_PRIVILEGED_INSTANCE.idPrefix() + ":" + instance.arn(),
            FindingType.IMDSV1_PRIVILEGED_INSTANCE,
            critical ? Severity.CRITICAL : Severity.HIGH,
            instance.arn(),
            accountId,
            "Instance "
                + label(instance)
                + " allows IMDSv1 and its role leads to admin of account "
                + route.get().account(),
            evidence,
            "Require IMDSv2: aws ec2 modify-instance-metadata-options --region "
                + instance.region()
                + " --instance-id "
                + instance.instanceId()
                + " --http-tokens required --http-endpoint enabled (check first that its software"
                + " uses an SDK that speaks IMDSv2); and give the instance a role with only what"
                + " it needs, cutting the path to admin.",
            route.get().path()));
  }

  private static Finding withoutProfile(String accountId, Ec2Instance instance) {
    return new Finding(
        FindingType.INSTANCE_WITHOUT_PROFILE.idPrefix() + ":" + instance.arn(),
        FindingType.INSTANCE_WITHOUT_PROFILE,
        Severity.LOW,
        instance.arn(),
        accountId,
        "Running instance " + label(instance) + " has no instance profile (CIS AWS 1.18)",
        List.of(
            "instance "
                + instance.instanceId()
                + " is "
                + instance.state()
                + " in "
                + instance.region()
                + " without an IAM instance profile: software on it that calls AWS must carry"
                + " long-lived credentials"),
        "Give the instance a role through an instance profile and remove any access keys stored"
            + " on it: aws ec2 associate-iam-instance-profile --region "
            + instance.region()
            + " --instance-id "
            + instance.instanceId()
            + " --iam-instance-profile Name=<profile with a least-privilege role>",
        List.of());
  }

  private static String label(Ec2Instance instance) {
    String name = instance.name();
    return name.equals(instance.instanceId())
        ? instance.instanceId()
        : instance.instanceId() + " \"" + name + "\"";
  }

  private static boolean running(Ec2Instance instance) {
    return "running".equalsIgnoreCase(instance.state());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
