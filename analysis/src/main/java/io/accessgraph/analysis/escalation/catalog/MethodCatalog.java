package io.accessgraph.analysis.escalation.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every escalation method the analysis knows, loaded once from the bundled {@code methods.json}.
 * The ids are pathfinding.cloud's where it has the method; the texts are ours.
 */
public final class MethodCatalog {
  static final String RESOURCE = "/io/accessgraph/analysis/escalation/catalog/methods.json";
  private static final Set<String> PROFILES = Set.of("any", "required", "absent", "running");

  private static volatile Map<String, EscalationMethod> bundled;

  private MethodCatalog() {}

  /**
   * @throws IllegalArgumentException naming the id when no method has it
   */
  public static EscalationMethod get(String id) {
    EscalationMethod m = methods().get(id);
    if (m == null) {
      throw new IllegalArgumentException("escalation method '" + id + "' is not in the catalog");
    }
    return m;
  }

  public static Optional<EscalationMethod> find(String id) {
    return Optional.ofNullable(methods().get(id));
  }

  /** Every method, in catalog order (which is also the preference order within a family). */
  public static List<EscalationMethod> all() {
    return List.copyOf(methods().values());
  }

  /** The methods a rule implements, in catalog order. */
  public static List<EscalationMethod> ofRule(String rule) {
    List<EscalationMethod> out = new ArrayList<>();
    for (EscalationMethod m : methods().values()) {
      if (m.rule().equals(rule)) {
        out.add(m);
      }
    }
    return out;
  }

  private static Map<String, EscalationMethod> methods() {
    Map<String, EscalationMethod> m = bundled;
    if (m == null) {
      synchronized (MethodCatalog.class) {
        if (bundled == null) {
          bundled = load(RESOURCE);
        }
        m = bundled;
      }
    }
    return m;
  }

  static Map<String, EscalationMethod> load(String resource) {
    JsonNode root;
    try (InputStream in = MethodCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("method catalog " + resource + " is not on the classpath");
      }
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("method catalog " + resource + " cannot be read", e);
    }
    Map<String, EscalationMethod> out = new LinkedHashMap<>();
    for (JsonNode n : root.path("methods")) {
      EscalationMethod m = parse(resource, n);
      if (out.put(m.id(), m) != null) {
        throw new IllegalStateException(resource + ": method id " + m.id() + " appears twice");
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("method catalog " + resource + " lists no methods");
    }
    return Collections.unmodifiableMap(out);
  }

  private static EscalationMethod parse(String resource, JsonNode n) {
    String id = required(resource, n, "id", "?");
    String profile = n.path("roleProfile").asText("any");
    if (!PROFILES.contains(profile)) {
      throw new IllegalStateException(
          resource + ": method " + id + " has unknown roleProfile '" + profile + "'");
    }
    List<String> permissions = strings(n.path("permissions"));
    List<String> resourceActions = strings(n.path("resourceActions"));
    if (!permissions.containsAll(resourceActions)) {
      throw new IllegalStateException(
          resource + ": method " + id + " has resourceActions that are not among its permissions");
    }
    return new EscalationMethod(
        id,
        required(resource, n, "name", id),
        required(resource, n, "origin", id),
        required(resource, n, "category", id),
        required(resource, n, "rule", id),
        required(resource, n, "family", id),
        permissions,
        resourceActions,
        strings(n.path("trustedServices")),
        text(n, "passedToService"),
        profile,
        text(n, "existingResource"),
        text(n, "precondition"),
        required(resource, n, "description", id),
        strings(n.path("steps")),
        required(resource, n, "remediation", id));
  }

  private static String required(String resource, JsonNode n, String field, String id) {
    String v = text(n, field);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(resource + ": method " + id + " has no " + field);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
