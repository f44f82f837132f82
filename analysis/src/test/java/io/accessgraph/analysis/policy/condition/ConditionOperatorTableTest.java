package io.accessgraph.analysis.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.model.policy.Condition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operator family against present, absent and unknown keys. Sources: IAM User Guide, "IAM
 * JSON policy elements: Condition operators" (CO), "Conditions with multiple context keys or
 * values" (MV), "Single-valued vs. multivalued context keys" (SV). Request column: a value, values
 * split by ';', ABSENT (known not present) or UNKNOWN (request-time).
 */
class ConditionOperatorTableTest {

  @ParameterizedTest(name = "[{index}] {0} {1} vs {2} -> {3} ({4})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          StringEquals              | dev                 | dev            | TRUE    | CO String: exact match
          StringEquals              | dev                 | Dev            | FALSE   | CO String: case-sensitive
          StringEquals              | dev;prod            | prod           | TRUE    | MV: values are ORed
          StringEquals              | dev;prod            | test           | FALSE   | MV: no value matches
          StringEquals              | dev                 | ABSENT         | FALSE   | CO: missing key -> false
          StringEquals              | dev                 | UNKNOWN        | UNKNOWN | request-time key stays unknown
          StringEquals              | d*                  | dev            | FALSE   | CO: StringEquals has no wildcards
          StringNotEquals           | dev                 | prod           | TRUE    | CO String: negated match
          StringNotEquals           | dev                 | dev            | FALSE   | CO String: negated match
          StringNotEquals           | dev;prod            | prod           | FALSE   | MV: negated values are NORed
          StringNotEquals           | dev;prod            | test           | TRUE    | MV: NOR, none matches
          StringNotEquals           | dev                 | ABSENT         | TRUE    | CO: negated operator, missing key -> true
          StringNotEquals           | dev                 | UNKNOWN        | UNKNOWN | request-time key stays unknown
          StringEqualsIgnoreCase    | Dev                 | dEV            | TRUE    | CO String: ignore case
          StringEqualsIgnoreCase    | dev                 | prod           | FALSE   | CO String: ignore case
          StringNotEqualsIgnoreCase | DEV                 | dev            | FALSE   | CO String: negated, ignore case
          StringNotEqualsIgnoreCase | DEV                 | prod           | TRUE    | CO String: negated, ignore case
          StringLike                | arn:aws:s3:::b/*    | arn:aws:s3:::b/k | TRUE  | CO String: multi-character wildcard
          StringLike                | dev-??              | dev-01         | TRUE    | CO String: single-character wildcard
          StringLike                | dev-??              | dev-001        | FALSE   | CO String: ? is exactly one character
          StringLike                | *prod*              | my-prod-1      | TRUE    | CO String: wildcards anywhere
          StringLike                | Prod*               | prod-1         | FALSE   | CO String: StringLike is case-sensitive
          StringLike                | a*;b*               | bee            | TRUE    | MV: values ORed
          StringLike                | a*                  | ABSENT         | FALSE   | CO: missing key -> false
          StringNotLike             | a*                  | bee            | TRUE    | CO String: negated like
          StringNotLike             | a*;b*               | bee            | FALSE   | MV: negated values NORed
          StringNotLike             | a*                  | ABSENT         | TRUE    | CO: negated operator, missing key -> true
          NumericEquals             | 10                  | 10             | TRUE    | CO Numeric
          NumericEquals             | 10                  | 10.0           | TRUE    | CO Numeric: compared as numbers
          NumericEquals             | 10                  | 11             | FALSE   | CO Numeric
          NumericEquals             | 10                  | ten            | FALSE   | CO Numeric: unreadable request value does not match
          NumericNotEquals          | 10                  | 11             | TRUE    | CO Numeric: negated
          NumericNotEquals          | 10                  | 10             | FALSE   | CO Numeric: negated
          NumericLessThan           | 3600                | 100            | TRUE    | CO Numeric
          NumericLessThan           | 3600                | 3600           | FALSE   | CO Numeric: strict
          NumericLessThanEquals     | 3600                | 3600           | TRUE    | CO Numeric
          NumericGreaterThan        | 5                   | 6              | TRUE    | CO Numeric
          NumericGreaterThan        | 5                   | 5              | FALSE   | CO Numeric: strict
          NumericGreaterThanEquals  | 5                   | 5              | TRUE    | CO Numeric
          NumericGreaterThanEquals  | 5                   | 4              | FALSE   | CO Numeric
          NumericLessThan           | 3600                | ABSENT         | FALSE   | CO: missing key -> false
          NumericLessThan           | 3600                | UNKNOWN        | UNKNOWN | aws:MultiFactorAuthAge is request-time
          DateEquals                | 2024-01-01T00:00:00Z | 2024-01-01T00:00:00Z | TRUE | CO Date
          DateEquals                | 2024-01-01          | 2024-01-01T00:00:00Z | TRUE | CO Date: ISO 8601 date form
          DateNotEquals             | 2024-01-01T00:00:00Z | 2024-06-01T00:00:00Z | TRUE | CO Date: negated
          DateLessThan              | 2025-01-01T00:00:00Z | 2024-06-01T12:00:00Z | TRUE | CO Date
          DateLessThan              | 2025-01-01T00:00:00Z | 2025-06-01T12:00:00Z | FALSE | CO Date
          DateLessThanEquals        | 2025-01-01T00:00:00Z | 2025-01-01T00:00:00Z | TRUE | CO Date
          DateGreaterThan           | 2025-01-01T00:00:00Z | 2025-01-02T00:00:00Z | TRUE | CO Date
          DateGreaterThan           | 2025-01-01T00:00:00Z | 2024-12-31T00:00:00Z | FALSE | CO Date
          DateGreaterThanEquals     | 2025-01-01T00:00:00Z | 2025-01-01T00:00:00Z | TRUE | CO Date
          DateGreaterThan           | 1700000000          | 1700000001     | TRUE    | CO Date: epoch seconds accepted
          DateLessThan              | 2025-01-01T00:00:00Z | UNKNOWN       | UNKNOWN | aws:CurrentTime is request-time
          Bool                      | true                | true           | TRUE    | CO Boolean
          Bool                      | true                | false          | FALSE   | CO Boolean
          Bool                      | true                | TRUE           | TRUE    | CO Boolean: case-insensitive
          Bool                      | false               | ABSENT         | FALSE   | CO: missing key -> false (use BoolIfExists)
          Bool                      | true                | UNKNOWN        | UNKNOWN | aws:MultiFactorAuthPresent is request-time
          BoolIfExists              | false               | ABSENT         | TRUE    | CO IfExists: missing key -> true
          BoolIfExists              | false               | true           | FALSE   | CO IfExists: present key is evaluated
          BinaryEquals              | QmluYXJ5VmFsdWU=    | QmluYXJ5VmFsdWU= | TRUE  | CO Binary
          BinaryEquals              | QmluYXJ5VmFsdWU=    | b3RoZXI=       | FALSE   | CO Binary
          IpAddress                 | 203.0.113.0/24      | 203.0.113.7    | TRUE    | CO IP address: CIDR
          IpAddress                 | 203.0.113.0/24      | 203.0.114.7    | FALSE   | CO IP address: CIDR
          IpAddress                 | 203.0.113.7         | 203.0.113.7    | TRUE    | CO IP address: single address
          IpAddress                 | 10.0.0.0/8;192.168.0.0/16 | 192.168.1.1 | TRUE | MV: values ORed
          IpAddress                 | 2001:db8::/32       | 2001:db8:1::1  | TRUE    | CO IP address: IPv6
          IpAddress                 | 2001:db8::/32       | 203.0.113.7    | FALSE   | CO IP address: family mismatch
          IpAddress                 | 203.0.113.0/24      | UNKNOWN        | UNKNOWN | aws:SourceIp is request-time
          NotIpAddress              | 203.0.113.0/24      | 198.51.100.1   | TRUE    | CO IP address: negated
          NotIpAddress              | 203.0.113.0/24      | 203.0.113.9    | FALSE   | CO IP address: negated
          NotIpAddress              | 10.0.0.0/8;192.168.0.0/16 | 192.168.1.1 | FALSE | MV: negated values NORed
          NotIpAddress              | 203.0.113.0/24      | ABSENT         | TRUE    | CO: negated operator, missing key -> true
          ArnEquals                 | arn:aws:iam::111122223333:role/a | arn:aws:iam::111122223333:role/a | TRUE | CO ARN
          ArnEquals                 | arn:aws:iam::111122223333:role/a | arn:aws:iam::111122223333:role/b | FALSE | CO ARN
          ArnLike                   | arn:aws:iam::*:role/a* | arn:aws:iam::111122223333:role/admin | TRUE | CO ARN: wildcards per component
          ArnLike                   | arn:aws:iam::*:role/a* | arn:aws:iam::111122223333:user/admin | FALSE | CO ARN
          ArnLike                   | arn:aws:sns:*:111122223333:* | arn:aws:sns:us-east-1:111122223333:topic | TRUE | CO ARN: per component
          ArnLike                   | arn:aws:sns:*:111122223333:* | arn:aws:sns:us-east-1:444455556666:topic | FALSE | CO ARN: account component differs
          ArnLike                   | arn:aws:s3:::b/*    | not-an-arn     | FALSE   | CO ARN: not an ARN
          ArnNotEquals              | arn:aws:iam::111122223333:role/a | arn:aws:iam::111122223333:role/b | TRUE | CO ARN: negated
          ArnNotLike                | arn:aws:iam::*:role/a* | arn:aws:iam::111122223333:role/admin | FALSE | CO ARN: negated
          ArnNotLike                | arn:aws:iam::*:role/a* | ABSENT      | TRUE    | CO: negated operator, missing key -> true
          ArnLike                   | arn:aws:iam::*:role/a* | UNKNOWN     | UNKNOWN | aws:SourceArn is request-time
          Null                      | true                | ABSENT         | TRUE    | CO Null: true means the key is absent
          Null                      | true                | x              | FALSE   | CO Null: key present
          Null                      | false               | x              | TRUE    | CO Null: false means the key is present
          Null                      | false               | ABSENT         | FALSE   | CO Null
          Null                      | true                | UNKNOWN        | UNKNOWN | CO Null on a request-time key
          StringEqualsIfExists      | dev                 | ABSENT         | TRUE    | CO IfExists: missing key -> true
          StringEqualsIfExists      | dev                 | prod           | FALSE   | CO IfExists: present key evaluated
          StringEqualsIfExists      | dev                 | dev            | TRUE    | CO IfExists
          StringEqualsIfExists      | dev                 | UNKNOWN        | UNKNOWN | IfExists on a request-time key stays unknown
          StringNotEqualsIfExists   | dev                 | ABSENT         | TRUE    | CO IfExists
          StringNotEqualsIfExists   | dev                 | dev            | FALSE   | CO IfExists
          NumericLessThanIfExists   | 5                   | ABSENT         | TRUE    | CO IfExists
          ArnLikeIfExists           | arn:aws:iam::*:role/x | ABSENT       | TRUE    | CO IfExists
          IpAddressIfExists         | 10.0.0.0/8          | ABSENT         | TRUE    | CO IfExists
          DateLessThanIfExists      | 2025-01-01T00:00:00Z | ABSENT        | TRUE    | CO IfExists
          ForAnyValue:StringEquals  | a;b                 | c;b            | TRUE    | SV ForAnyValue: one request value matches
          ForAnyValue:StringEquals  | a;b                 | c;d            | FALSE   | SV ForAnyValue: none matches
          ForAnyValue:StringEquals  | a;b                 | ABSENT         | FALSE   | SV ForAnyValue: missing key -> false
          ForAnyValue:StringLike    | ou-1/*;ou-2/*       | o-1/r-1/ou-2/x | FALSE   | SV ForAnyValue with StringLike: whole value
          ForAnyValue:StringLike    | o-1/r-1/ou-2/*      | o-1/r-1/ou-2/x | TRUE    | SV ForAnyValue with aws:PrincipalOrgPaths
          ForAnyValue:StringNotEquals | a                 | a;b            | TRUE    | SV ForAnyValue negated: some value is not a
          ForAnyValue:StringNotEquals | a                 | a              | FALSE   | SV ForAnyValue negated
          ForAllValues:StringEquals | a;b                 | a;b            | TRUE    | SV ForAllValues: every request value matches
          ForAllValues:StringEquals | a;b                 | a;c            | FALSE   | SV ForAllValues: c matches none
          ForAllValues:StringEquals | a;b                 | ABSENT         | TRUE    | SV ForAllValues: missing key -> true
          ForAllValues:StringLike   | team-*              | team-a;team-b  | TRUE    | SV ForAllValues
          ForAllValues:StringNotEquals | x;y              | a;b            | TRUE    | SV ForAllValues negated: none in the set
          ForAllValues:StringNotEquals | x;y              | a;x            | FALSE   | SV ForAllValues negated
          ForAllValues:StringEquals | a                   | UNKNOWN        | UNKNOWN | aws:TagKeys is request-time
          StringLessThan            | a                   | a              | UNKNOWN | unknown operator -> UNKNOWN with a warning
          ForSomeValues:StringEquals | a                  | a              | UNKNOWN | unknown set qualifier -> UNKNOWN
          NumericEquals             | abc                 | 1              | UNKNOWN | invalid policy number -> UNKNOWN with a warning
          IpAddress                 | not-an-ip           | 10.0.0.1       | UNKNOWN | invalid policy CIDR -> UNKNOWN with a warning
          Bool                      | maybe               | true           | UNKNOWN | invalid policy boolean -> UNKNOWN with a warning
          """)
  void operator(String operator, String policy, String request, Tri expected, String rule) {
    CompiledCondition c =
        CompiledCondition.compile(
            new Condition(operator, "k:key", Arrays.asList(policy.split(";"))));
    ContextKeys ctx =
        key ->
            switch (request) {
              case "ABSENT" -> List.of();
              case "UNKNOWN" -> null;
              default -> Arrays.asList(request.split(";"));
            };
    assertThat(c.evaluate(ctx)).as(rule).isEqualTo(expected);
    if (rule.contains("warning")) {
      assertThat(c.problem()).as("problem reported for " + rule).isNotNull();
    }
  }

  @ParameterizedTest(name = "[{index}] {0} with {1} -> {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          home/${aws:username}/*          | alice   | TRUE    | Policy variables: ${aws:username} in a condition value
          home/${aws:username}/*          | ABSENT  | FALSE   | Policy variables: no value, no default -> no match
          home/${aws:username}/*          | UNKNOWN | UNKNOWN | Policy variables: request-time value
          home/${aws:username, 'anon'}/*  | ABSENT  | TRUE    | Policy variables: default value used when the key is absent
          home/${aws:username, 'anon'}/*  | UNKNOWN | UNKNOWN | Policy variables: default is not a guess for an unknown key
          """)
  void variablesInConditionValues(String policy, String username, Tri expected, String rule) {
    CompiledCondition c =
        CompiledCondition.compile(new Condition("StringLike", "s3:prefix", List.of(policy)));
    Map<String, List<String>> known = Map.of("s3:prefix", List.of("home/" + "alice/docs"));
    ContextKeys ctx =
        key -> {
          if (key.equals("aws:username")) {
            return switch (username) {
              case "ABSENT" -> List.of();
              case "UNKNOWN" -> null;
              default -> List.of(username);
            };
          }
          if (key.equals("s3:prefix")) {
            return username.equals("ABSENT") ? List.of("home/anon/docs") : known.get(key);
          }
          return null;
        };
    assertThat(c.evaluate(ctx)).as(rule).isEqualTo(expected);
  }
}
