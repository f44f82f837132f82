package io.accessgraph.analysis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.iam.InlinePolicy;
import io.accessgraph.model.iam.User;
import io.accessgraph.model.policy.PolicyDocumentParser;
import io.accessgraph.model.snapshot.AccountSnapshot;
import io.accessgraph.model.snapshot.Snapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents as they occur in the wild, each deciding iam:PassRole on role/app for a user with no
 * other policy. Source: IAM User Guide "IAM JSON policy element reference" and "Grammar of the IAM
 * JSON policy language" (Statement object or array, string or list, case of action names).
 */
class WildDocumentsTest {
  static final String USER = "arn:aws:iam::111111111111:user/w";
  static final String ROLE = "arn:aws:iam::111111111111:role/app";

  @ParameterizedTest(name = "[{index}] {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {'Statement':{'Effect':'Allow','Action':'iam:PassRole','Resource':'*'}}                         | Statement as an object        | ALLOW
          {'Statement':[{'Effect':'Allow','Action':['iam:PassRole'],'Resource':['*']}]}                   | Statement array, lists       | ALLOW
          {'Version':'2012-10-17','Statement':[{'Effect':'allow','Action':'IAM:PASSROLE','Resource':'*'}]} | effect and action in odd case | ALLOW
          {'Statement':[{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Foo':{'x':1}}],'Bar':2} | unknown fields ignored       | ALLOW
          {'Statement':[{'Sid':'S','Effect':'Allow','Action':'iam:PassRole','Resource':'*'},{'Sid':'S','Effect':'Deny','Action':'iam:PassRole','Resource':'*'}]} | duplicate Sids, both evaluated | DENY
          {'Statement':{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'NumericLessThan':{'aws:MultiFactorAuthAge':3600}}}} | number as JSON literal | CONDITIONAL
          {'Statement':{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'Bool':{'aws:PrincipalIsAWSService':false}}}} | boolean as JSON literal | ALLOW
          {'Statement':{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'StringEquals':{'iam:PassedToService':'ec2.amazonaws.com'}}}} | iam:PassedToService is request-time | CONDITIONAL
          {'Statement':{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'StringEquals':{'AWS:USERNAME':'w'}}}} | condition key names are case-insensitive | ALLOW
          {'Statement':{'Effect':'Allow','Action':'iam:*','Resource':'arn:aws:iam::111111111111:role/*'}} | resource wildcard          | ALLOW
          {'Statement':{'Effect':'Allow','Action':'iam:*','Resource':'arn:aws:iam::111111111111:role/App'}} | resource ARN case differs  | DENY
          {'Statement':{'Effect':'Allow','Action':'iam:Pass*','Resource':'arn:aws:iam::*:role/a?p'}}       | ? in resource              | ALLOW
          {'Statement':[]}                                                                              | empty statement list         | DENY
          """)
  void wild(String json, String what, Verdict expected) {
    check(json.replace('\'', '"'), what, expected);
    String encoded = URLEncoder.encode(json.replace('\'', '"'), StandardCharsets.UTF_8);
    check(encoded, what + " (URL-encoded)", expected);
  }

  private static void check(String text, String what, Verdict expected) {
    User u =
        new User(
            USER,
            "w",
            "AIDAW",
            "/",
            null,
            List.of(),
            List.of(new InlinePolicy("p", PolicyDocumentParser.parse(text))),
            List.of(),
            null,
            Map.of(),
            List.of(),
            null,
            null);
    Snapshot s =
        new Snapshot(
            Optional.empty(),
            Map.of(
                "111111111111",
                new AccountSnapshot(
                    "111111111111",
                    List.of(u),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of());
    Decision d = PolicyEngine.of(s).evaluate(AccessRequest.of(USER, "iam:PassRole", ROLE));
    assertThat(d.verdict()).as(what + " " + d).isEqualTo(expected);
  }
}
