package io.accessgraph.api.query;

import io.accessgraph.analysis.findings.FindingType;
import io.accessgraph.analysis.findings.Severity;
import io.accessgraph.api.view.FindingsResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The findings of one graph version: filtered lists, and the findings about one resource. */
final class FindingQueries {
  private final Supplier<List<FindingRow>> rows;
  private final Lazy<Map<String, List<Object>>> byResource = new Lazy<>(this::index);

  FindingQueries(Supplier<List<FindingRow>> rows) {
    this.rows = rows;
  }

  List<FindingRow> all() {
    return rows.get();
  }

  FindingsResult filter(String severity, String type, String account) {
    String accountId = InputKeys.accountId("account", account);
    String sev = enumName("severity", severity, Severity.values());
    String kind = enumName("type", type, FindingType.values());
    List<Object> out = new ArrayList<>();
    for (FindingRow f : rows.get()) {
      if ((sev == null || sev.equals(f.severity()))
          && (kind == null || kind.equals(f.type()))
          && (accountId == null || accountId.equals(f.account()))) {
        out.add(f.finding());
      }
    }
    return new FindingsResult(out);
  }

  /** The findings whose resource is {@code arn}. */
  List<Object> about(String arn) {
    return byResource.get().getOrDefault(arn, List.of());
  }

  private Map<String, List<Object>> index() {
    Map<String, List<Object>> out = new HashMap<>();
    for (FindingRow f : rows.get()) {
      if (f.principal() != null) {
        out.computeIfAbsent(f.principal(), x -> new ArrayList<>()).add(f.finding());
      }
    }
    return out;
  }

  private static String enumName(String parameter, String input, Enum<?>[] values) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String value = InputKeys.present(parameter, input).toUpperCase(Locale.ROOT);
    for (Enum<?> v : values) {
      if (v.name().equals(value)) {
        return value;
      }
    }
    throw new MalformedInputException(
        parameter,
        parameter
            + ": '"
            + InputKeys.shorten(input.strip())
            + "' is not one of "
            + Arrays.toString(values));
  }
}
