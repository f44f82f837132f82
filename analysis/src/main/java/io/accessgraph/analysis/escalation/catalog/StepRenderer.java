package io.accessgraph.analysis.escalation.catalog;

import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.WellKnownNodes;
import io.accessgraph.model.Arn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a method's CLI templates from one edge: its ends, and the facts its evidence names. A
 * placeholder nothing fills stays visible as {@code <name>} so a reader sees what to supply.
 */
final class StepRenderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private StepRenderer() {}

  static List<String> render(EscalationMethod method, AccessEdge edge) {
    Map<String, String> values = values(edge);
    List<String> out = new ArrayList<>();
    for (String template : method.stepTemplates()) {
      Matcher m = PLACEHOLDER.matcher(template);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String v = values.get(m.group(1));
        String text = v != null ? v : "<" + m.group(1).replace('_', '-') + ">";
        m.appendReplacement(sb, Matcher.quoteReplacement(text));
      }
      m.appendTail(sb);
      out.add(sb.toString());
    }
    return out;
  }

  private static Map<String, String> values(AccessEdge edge) {
    Map<String, String> v = new HashMap<>();
    put(v, "source", edge.from());
    put(v, "source_name", lastSegment(edge.from()));
    String admin = WellKnownNodes.accountOfAdmin(edge.to());
    if (admin != null) {
      put(v, "account", admin);
    } else {
      put(v, "target", edge.to());
      put(v, "target_name", lastSegment(edge.to()));
      put(v, "account", account(edge.to()));
    }
    String resource = EdgeFacts.read(edge, EdgeFacts.RESOURCE);
    if (resource != null) {
      put(v, "resource", resource);
      put(v, "resource_name", lastSegment(resource));
      put(v, "region", region(resource));
      if (resource.contains(":instance/")) {
        put(v, "instance_id", lastSegment(resource));
      }
    }
    if (v.get("region") == null) {
      put(v, "region", EdgeFacts.read(edge, EdgeFacts.REGION));
    }
    if (v.get("region") == null) {
      put(v, "region", region(edge.from()));
    }
    String via = EdgeFacts.read(edge, EdgeFacts.VIA);
    put(v, "via", via);
    put(v, "via_name", lastSegment(via));
    put(v, "policy", EdgeFacts.read(edge, EdgeFacts.POLICY));
    put(v, "group_name", lastSegment(EdgeFacts.read(edge, EdgeFacts.GROUP)));
    put(v, "profile_name", lastSegment(EdgeFacts.read(edge, EdgeFacts.INSTANCE_PROFILE)));
    return v;
  }

  private static void put(Map<String, String> v, String key, String value) {
    if (value != null && !value.isBlank()) {
      v.put(key, value);
    }
  }

  /** The name at the end of an ARN: after the last '/' or, failing that, the last ':'. */
  static String lastSegment(String arn) {
    if (arn == null) {
      return null;
    }
    int slash = arn.lastIndexOf('/');
    int colon = arn.lastIndexOf(':');
    return arn.substring(Math.max(slash, colon) + 1);
  }

  private static String account(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed == null || parsed.account().isEmpty() ? null : parsed.account();
  }

  private static String region(String arn) {
    Arn parsed = Arn.tryParse(arn);
    return parsed == null || parsed.region().isEmpty() ? null : parsed.region();
  }
}
