package io.accessgraph.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.escalation.AccessAnalyzer;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.AccessGraphData;
import io.accessgraph.ingest.offline.InputFile;
import io.accessgraph.ingest.offline.OfflineSnapshotReader;
import io.accessgraph.model.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resource inventory end to end: CLI files through the offline reader into the analysis. A
 * developer may update the code of one Lambda function that runs as an admin role; with the Lambda
 * file that edge is confirmed and the other Lambda-trusting admin role is out of reach, without it
 * both are only potential.
 */
class ResourceInventoryTest {
  static final String ACCOUNT = "123456789012";
  static final String DEV = "arn:aws:iam::" + ACCOUNT + ":user/dev";
  static final String INVOICE_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/invoice-lambda-role";
  static final String REPORTS_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/reports-lambda-role";
  static final String INVOICE_FN =
      "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:invoice-processor";

  static final String IAM =
      """
      {"UserDetailList": [
        {"Path": "/", "UserName": "dev", "UserId": "AIDADEV0000000000001",
         "Arn": "arn:aws:iam::123456789012:user/dev", "CreateDate": "2024-01-01T00:00:00+00:00",
         "UserPolicyList": [{"PolicyName": "deploy-invoice-code", "PolicyDocument": {
           "Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Action": "lambda:UpdateFunctionCode",
             "Resource": "arn:aws:lambda:us-east-1:123456789012:function:invoice-*"}]}}],
         "GroupList": [], "AttachedManagedPolicies": []}],
       "GroupDetailList": [],
       "RoleDetailList": [%s, %s],
       "Policies": []}
      """
          .formatted(adminRole("invoice-lambda-role"), adminRole("reports-lambda-role"));

  static final String INVOICE_FUNCTION =
      """
      {"FunctionName": "invoice-processor",
       "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:invoice-processor",
       "Runtime": "python3.12", "Role": "arn:aws:iam::123456789012:role/invoice-lambda-role",
       "Handler": "app.handler", "PackageType": "Zip"}
      """;

  static final String REPORTS_FUNCTION =
      """
      {"FunctionName": "reports",
       "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:reports",
       "Runtime": "python3.12", "Role": "arn:aws:iam::123456789012:role/reports-lambda-role",
       "Handler": "app.handler", "PackageType": "Zip"}
      """;

  @Test
  void withTheInventoryTheEdgeToTheFunctionsRoleIsConfirmed() {
    AccessGraphData data = analyze(files(INVOICE_FUNCTION, REPORTS_FUNCTION));

    AccessEdge edge = lambda003(data, INVOICE_ROLE);
    assertThat(edge.conditional()).isFalse();
    assertThat(edge.conditions()).isEmpty();
    assertThat(edge.evidence())
        .anyMatch(l -> l.startsWith("lambda:UpdateFunctionCode") && l.contains("user/dev"))
        .anyMatch(l -> l.contains(INVOICE_FN));
    // the other function runs as an admin role too, but dev may not touch its code
    assertThat(edgesTo(data, REPORTS_ROLE)).isEmpty();
  }

  @Test
  void withoutTheInventoryTheEdgeIsOnlyPotential() {
    AccessGraphData data = analyze(files());

    AccessEdge edge = lambda003(data, INVOICE_ROLE);
    assertThat(edge.conditional()).isTrue();
    assertThat(edge.conditions())
        .anyMatch(
            c ->
                c.startsWith("potential: the resource inventory of account " + ACCOUNT)
                    && c.contains("lambda:function running as " + INVOICE_ROLE));
  }

  @Test
  void withAnInventoryHoldingNoFunctionTheDeveloperMayUpdateThereIsNoEdge() {
    AccessGraphData data = analyze(files(REPORTS_FUNCTION));

    assertThat(data.edges()).noneMatch(e -> e.from().equals(DEV));
  }

  @Test
  void theReaderKeepsTheFunctionsWithTheirRoles() {
    Snapshot snapshot = new OfflineSnapshotReader().read(files(INVOICE_FUNCTION, REPORTS_FUNCTION));
    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.account(ACCOUNT).orElseThrow().resources())
        .extracting(r -> r.kind() + " " + r.name() + " " + r.roleArn())
        .containsExactly(
            "lambda:function invoice-processor " + INVOICE_ROLE,
            "lambda:function reports " + REPORTS_ROLE);
  }

  private static AccessGraphData analyze(List<InputFile> files) {
    Snapshot snapshot = new OfflineSnapshotReader().read(files);
    assertThat(snapshot.problems()).isEmpty();
    return AccessAnalyzer.analyze(snapshot);
  }

  /** The IAM file, and a list-functions file with these functions when there are any. */
  private static List<InputFile> files(String... functions) {
    List<InputFile> files = new ArrayList<>();
    files.add(file(ACCOUNT + "-iam.json", IAM));
    if (functions.length > 0) {
      String json = "{\"Functions\": [" + String.join(",", functions) + "]}";
      files.add(file(ACCOUNT + "-lambda-us-east-1.json", json));
    }
    return files;
  }

  private static AccessEdge lambda003(AccessGraphData data, String role) {
    List<AccessEdge> edges = edgesTo(data, role);
    assertThat(edges).extracting(AccessEdge::method).containsExactly("lambda-003");
    return edges.get(0);
  }

  private static List<AccessEdge> edgesTo(AccessGraphData data, String role) {
    return data.edges().stream().filter(e -> e.from().equals(DEV) && e.to().equals(role)).toList();
  }

  private static InputFile file(String name, String json) {
    return new InputFile(name, json.getBytes(StandardCharsets.UTF_8));
  }

  private static String adminRole(String name) {
    return """
        {"Path": "/", "RoleName": "%1$s", "RoleId": "AROA%2$s",
         "Arn": "arn:aws:iam::123456789012:role/%1$s", "CreateDate": "2024-01-01T00:00:00+00:00",
         "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
           "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
         "InstanceProfileList": [],
         "RolePolicyList": [{"PolicyName": "everything", "PolicyDocument": {"Version": "2012-10-17",
           "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}],
         "AttachedManagedPolicies": []}
        """
        .formatted(name, name.toUpperCase().replace("-", "").substring(0, 10));
  }
}
