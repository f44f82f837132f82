package io.accessgraph.analysis.policy.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.policy.condition.Wildcard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Service prefixes and their actions, loaded once from the bundled catalog snapshot. */
public final class ActionCatalog {
  static final String RESOURCE = "/io/accessgraph/analysis/policy/catalog/iam-actions.json";

  private static volatile ActionCatalog bundled;

  private final String source;
  private final String version;
  private final String date;
  private final Map<String, List<String>> actionsByService;
  private final Set<String> rcpServices;

  ActionCatalog(
      String source,
      String version,
      String date,
      Map<String, List<String>> actionsByService,
      Set<String> rcpServices) {
    this.source = source;
    this.version = version;
    this.date = date;
    this.actionsByService = actionsByService;
    this.rcpServices = rcpServices;
  }

  /** The catalog bundled with the engine. */
  public static ActionCatalog bundled() {
    ActionCatalog c = bundled;
    if (c == null) {
      synchronized (ActionCatalog.class) {
        if (bundled == null) {
          bundled = load(RESOURCE);
        }
        c = bundled;
      }
    }
    return c;
  }

  static ActionCatalog load(String resource) {
    try (InputStream in = ActionCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("action catalog " + resource + " is not on the classpath");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      JsonNode services = root.path("services");
      if (!services.isObject() || services.isEmpty()) {
        throw new IllegalStateException("action catalog " + resource + " has no services");
      }
      Map<String, List<String>> byService = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> actions = new ArrayList<>();
        e.getValue().forEach(a -> actions.add(a.asText()));
        byService.put(e.getKey().toLowerCase(Locale.ROOT), List.copyOf(actions));
      }
      Set<String> rcp = new LinkedHashSet<>();
      root.path("rcpSupportedServices").forEach(s -> rcp.add(s.asText().toLowerCase(Locale.ROOT)));
      return new ActionCatalog(
          root.path("source").asText(),
          root.path("version").asText(),
          root.path("date").asText(),
          Collections.unmodifiableMap(byService),
          Collections.unmodifiableSet(rcp));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read action catalog " + resource, e);
    }
  }

  public String source() {
    return source;
  }

  public String version() {
    return version;
  }

  public String date() {
    return date;
  }

  public Set<String> services() {
    return actionsByService.keySet();
  }

  /** The action names of a service as AWS spells them, empty for an unknown prefix. */
  public List<String> actions(String service) {
    return actionsByService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean contains(String action) {
    int colon = action.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String name = action.substring(colon + 1);
    return actions(action.substring(0, colon)).stream().anyMatch(a -> a.equalsIgnoreCase(name));
  }

  /** Services whose resources resource control policies govern. */
  public Set<String> rcpSupportedServices() {
    return rcpServices;
  }

  /**
   * Every catalog action ({@code service:Action}) that the patterns match (or, when {@code not},
   * that none matches), case-insensitively, grouped by service in catalog order.
   */
  public Map<String, List<String>> expand(List<String> patterns, boolean not) {
    List<Wildcard> compiled = new ArrayList<>();
    for (String p : patterns) {
      String lower = p.trim().toLowerCase(Locale.ROOT);
      compiled.add(Wildcard.compile(lower.equals("*:*") ? "*" : lower));
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : actionsByService.entrySet()) {
      String prefix = e.getKey() + ":";
      for (String action : e.getValue()) {
        String lower = (prefix + action).toLowerCase(Locale.ROOT);
        boolean hit = false;
        for (Wildcard w : compiled) {
          if (w.matches(lower)) {
            hit = true;
            break;
          }
        }
        if (hit != not) {
          out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(action);
        }
      }
    }
    return out;
  }
}
