package io.accessgraph.model.iam;

/**
 * A long-lived access key of an IAM user. Dates are ISO-8601 text as AWS prints them; null when
 * unknown.
 */
public record AccessKey(String accessKeyId, String status, String createDate, String lastUsedDate) {
  public boolean active() {
    return "Active".equalsIgnoreCase(status);
  }
}
