package io.accessgraph.ingest.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The AWS-managed policies the mix attaches, with their real documents (the default version of
 * each, shipped as {@code aws-managed-policies.json}; its "source" field says where it came from).
 * Loaded once; the documents are shared, never changed.
 */
final class AwsManagedPolicies {
  static final String ADMINISTRATOR = "AdministratorAccess";
  static final String POWER_USER = "PowerUserAccess";
  static final String READ_ONLY = "ReadOnlyAccess";
  static final String VIEW_ONLY = "ViewOnlyAccess";
  static final String IAM_FULL = "IAMFullAccess";
  static final String SECURITY_AUDIT = "SecurityAudit";
  static final String BILLING = "Billing";
  static final String S3_READ_ONLY = "AmazonS3ReadOnlyAccess";
  static final String S3_FULL = "AmazonS3FullAccess";
  static final String EC2_READ_ONLY = "AmazonEC2ReadOnlyAccess";
  static final String DYNAMODB_READ_ONLY = "AmazonDynamoDBReadOnlyAccess";
  static final String LOGS_FULL = "CloudWatchLogsFullAccess";
  static final String SSM_CORE = "AmazonSSMManagedInstanceCore";
  static final String LAMBDA_BASIC = "AWSLambdaBasicExecutionRole";
  static final String ECS_TASK_EXECUTION = "AmazonECSTaskExecutionRolePolicy";
  static final String GLUE_SERVICE = "AWSGlueServiceRole";

  private static final String RESOURCE = "aws-managed-policies.json";
  private static final Map<String, Entry> BY_NAME = load();
  private static final Map<String, Entry> BY_ARN = byArn();

  private AwsManagedPolicies() {}

  /**
   * @param policyId AWS's ids are not published with the documents; this one is derived from the
   *     name, so it is the same in every account, as AWS's is
   */
  record Entry(
      String name,
      String arn,
      String path,
      String defaultVersionId,
      String createDate,
      String updateDate,
      String policyId,
      JsonNode document) {}

  static String arn(String name) {
    Entry entry = BY_NAME.get(name);
    if (entry == null) {
      throw new IllegalArgumentException("no AWS-managed policy named " + name + " in " + RESOURCE);
    }
    return entry.arn();
  }

  /** The entry for an attached policy ARN, or null when the ARN is a customer-managed one. */
  static Entry byArn(String arn) {
    return BY_ARN.get(arn);
  }

  static Map<String, Entry> all() {
    return BY_NAME;
  }

  private static Map<String, Entry> load() {
    try (InputStream in = AwsManagedPolicies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Entry> out = new LinkedHashMap<>();
      for (JsonNode p : root.path("policies")) {
        String name = p.path("PolicyName").asText();
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        out.put(
            name,
            new Entry(
                name,
                p.path("Arn").asText(),
                p.path("Path").asText(),
                p.path("DefaultVersionId").asText(),
                p.path("CreateDate").asText(),
                p.path("UpdateDate").asText(),
                SynthIds.iamId(rng, "ANPA"),
                p.path("Document")));
      }
      return Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + RESOURCE, e);
    }
  }

  private static Map<String, Entry> byArn() {
    Map<String, Entry> out = new LinkedHashMap<>();
    BY_NAME.values().forEach(e -> out.put(e.arn(), e));
    return Collections.unmodifiableMap(out);
  }
}
