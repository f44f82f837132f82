package io.accessgraph.analysis.policy.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.policy.condition.Wildcard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

  /** {@code service:action} in lower case, index for index as in {@link #actionsByService}. */
  private final Map<String, List<String>> lowerNamesByService;

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
    this.lowerNamesByService = lowerNames(actionsByService);
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
    // A pattern with a literal service prefix can only match that service's actions; only
    // patterns with a wildcard in the prefix are tried everywhere. ReadOnlyAccess has 2,914
    // patterns: trying each against all ~22,000 actions made one summary take 150 ms.
    Map<String, List<Wildcard>> byService = new HashMap<>();
    List<Wildcard> anyService = new ArrayList<>();
    for (String p : patterns) {
      String lower = p.trim().toLowerCase(Locale.ROOT);
      Wildcard w = Wildcard.compile(lower.equals("*:*") ? "*" : lower);
      int colon = lower.indexOf(':');
      String service = colon < 0 ? null : lower.substring(0, colon);
      if (service == null || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
        anyService.add(w);
      } else {
        byService.computeIfAbsent(service, k -> new ArrayList<>()).add(w);
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : actionsByService.entrySet()) {
      List<Wildcard> own = byService.getOrDefault(e.getKey(), List.of());
      if (own.isEmpty() && anyService.isEmpty()) {
        if (not) {
          out.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        continue;
      }
      List<String> actions = e.getValue();
      List<String> lowerNames = lowerNamesByService.get(e.getKey());
      for (int i = 0; i < actions.size(); i++) {
        String lower = lowerNames.get(i);
        boolean hit = matchesAny(own, lower) || matchesAny(anyService, lower);
        if (hit != not) {
          out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(actions.get(i));
        }
      }
    }
    return out;
  }

  private static boolean matchesAny(List<Wildcard> patterns, String lowerAction) {
    for (Wildcard w : patterns) {
      if (w.matches(lowerAction)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<String>> lowerNames(Map<String, List<String>> byService) {
    Map<String, List<String>> out = new HashMap<>();
    byService.forEach(
        (service, actions) ->
            out.put(
                service,
                actions.stream().map(a -> (service + ":" + a).toLowerCase(Locale.ROOT)).toList()));
    return out;
  }
}
