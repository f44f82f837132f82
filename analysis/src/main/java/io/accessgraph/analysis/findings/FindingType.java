package io.accessgraph.analysis.findings;

/** What a finding is about. The declaration order breaks ties between equally severe findings. */
public enum FindingType {
  /** A principal that is allowed every action on every resource of its account. */
  ADMIN,
  /** A principal or instance that is no admin but can reach one, with its shortest path. */
  ESCALATION_TO_ADMIN,
  /** A role trusted by an account outside the organization (or the snapshot, without one). */
  EXTERNAL_TRUST,
  /** A role whose trust policy lets in any AWS principal ("*"). */
  WILDCARD_TRUST,
  /** A role an OIDC provider's identities assume without a restrictive subject (and audience). */
  OIDC_TRUST_UNRESTRICTED,
  /** An instance allowing IMDSv1 whose role is admin or reaches admin. */
  IMDSV1_PRIVILEGED_INSTANCE,
  /** A running instance without an instance profile (CIS AWS Foundations 1.18). */
  INSTANCE_WITHOUT_PROFILE,
  /** An IAM user with an active long-lived access key. */
  LONG_LIVED_ACCESS_KEY,
  /** A user with a console password and no MFA device. */
  CONSOLE_USER_WITHOUT_MFA;

  /** The prefix of finding ids of this type, e.g. {@code F-EXTERNAL-TRUST}. */
  public String idPrefix() {
    return "F-" + name().replace('_', '-');
  }
}
