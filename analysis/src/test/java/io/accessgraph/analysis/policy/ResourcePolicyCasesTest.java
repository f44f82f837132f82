package io.accessgraph.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.policy.PolicyDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource-based policies other than trust policies. Sources (IAM User Guide): PE = "Policy
 * evaluation logic" (same account: identity OR resource policy; user ARN and session ARN grants are
 * not limited by the boundary, role ARN grants are), XA = "Cross-account policy evaluation logic",
 * KMS = AWS KMS "Key policies" (the key policy must allow).
 */
class ResourcePolicyCasesTest {
  static final String A = TrustPolicyCasesTest.A;
  static final PolicyEngine ENGINE = TrustPolicyCasesTest.ENGINE;

  @ParameterizedTest(name = "[{index}] {0} {2} by {1} ({3} policy naming {4}) -> {6}: {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          user/u1 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u1 | 111111111111 | ALLOW | PE: same account, resource policy naming the user suffices
          user/u1 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:root    | 111111111111 | DENY  | PE: naming the account needs identity
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:root    | 111111111111 | ALLOW | PE: identity allows, account named
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u1 | 111111111111 | ALLOW | PE: same account, identity alone suffices
          user/u3 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u3 | 111111111111 | ALLOW | PE: user ARN grant not limited by the boundary
          role/ci-bounded | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:role/ci-bounded | 111111111111 | DENY | PE: role ARN grant limited by the boundary
          arn:aws:sts::111111111111:assumed-role/ci-bounded/s1 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:sts::111111111111:assumed-role/ci-bounded/s1 | 111111111111 | ALLOW | PE: session ARN grant not limited by the boundary
          role/ci-runner | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:role/ci-runner | 111111111111 | ALLOW | PE: role ARN grant, no boundary
          user/u1 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u1 | 222222222222 | DENY  | XA: cross account, identity side missing
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u5 | 222222222222 | ALLOW | XA: both sides allow
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::222222222222:root    | 222222222222 | DENY  | XA: resource policy names another account
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Deny  | arn:aws:iam::111111111111:user/u5 | 111111111111 | DENY  | PE: Deny in the resource policy wins
          user/u5 | s3:GetObject | arn:aws:s3:::bkt/k | Deny  | *                                 | 222222222222 | DENY  | PE: Deny to everyone
          user/u5 | s3:GetObject | arn:aws:s3:::other/k | Allow | arn:aws:iam::111111111111:user/u5 | 222222222222 | DENY | XA: resource policy's Resource excludes the target
          user/u5 | kms:Decrypt  | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:root    | 111111111111 | ALLOW | KMS: key policy delegates to IAM, identity allows
          user/u5 | kms:Decrypt  | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::222222222222:root    | 111111111111 | DENY  | KMS: key policy must allow, identity alone is not enough
          user/u1 | kms:Decrypt  | arn:aws:s3:::bkt/k | Allow | arn:aws:iam::111111111111:user/u1 | 111111111111 | ALLOW | KMS: key policy naming the user
          """)
  void resourcePolicy(
      String principal,
      String action,
      String resource,
      String effect,
      String named,
      String resourceAccount,
      Verdict expected,
      String rule) {
    String act = action.startsWith("kms:") ? "kms:*" : "s3:*";
    PolicyDocument policy =
        World.doc(
            "{'Statement':{'Effect':'"
                + effect
                + "','Principal':"
                + ("*".equals(named) ? "'*'" : "{'AWS':'" + named + "'}")
                + ",'Action':'"
                + act
                + "','Resource':'"
                + (action.startsWith("kms:") ? "*" : "arn:aws:s3:::bkt/*")
                + "'}}");
    Decision d =
        ENGINE.evaluate(
            AccessRequest.of(Cases.principal(A, principal), action, resource)
                .withResourcePolicy(policy, resourceAccount));
    assertThat(d.verdict()).as(rule + " " + d).isEqualTo(expected);
  }
}
