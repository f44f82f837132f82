package io.accessgraph.ingest.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The root and organizational units, a tree of fixed shape whose ids the seed picks: Root →
 * Security, Infrastructure, Workloads (→ Prod, NonProd), Sandbox.
 */
final class OrgTree {
  static final String ROOT = "root";
  static final String SECURITY = "security";
  static final String INFRASTRUCTURE = "infrastructure";
  static final String WORKLOADS = "workloads";
  static final String PROD = "prod";
  static final String NON_PROD = "nonprod";
  static final String SANDBOX = "sandbox";

  /** Unit key → (name, parent key), parents before children. */
  private static final List<String[]> UNITS =
      List.of(
          new String[] {SECURITY, "Security", ROOT},
          new String[] {INFRASTRUCTURE, "Infrastructure", ROOT},
          new String[] {WORKLOADS, "Workloads", ROOT},
          new String[] {PROD, "Prod", WORKLOADS},
          new String[] {NON_PROD, "NonProd", WORKLOADS},
          new String[] {SANDBOX, "Sandbox", ROOT});

  private final String orgId;
  private final String management;
  private final String rootId;
  private final Map<String, Unit> units = new LinkedHashMap<>();

  OrgTree(OrgLayout layout) {
    this.orgId = layout.organizationId();
    this.management = layout.managementAccountId();
    SplittableRandom rng = new SplittableRandom(Seeds.mix(layout.options().seed(), -2));
    String rootSuffix = SynthIds.lowerAlnum(rng, 4);
    this.rootId = "r-" + rootSuffix;
    for (String[] u : UNITS) {
      String id = "ou-" + rootSuffix + "-" + SynthIds.lowerAlnum(rng, 8);
      units.put(u[0], new Unit(u[0], id, u[1], u[2]));
    }
  }

  String rootId() {
    return rootId;
  }

  String rootArn() {
    return "arn:aws:organizations::" + management + ":root/" + orgId + "/" + rootId;
  }

  List<Unit> units() {
    return List.copyOf(units.values());
  }

  /** The id of a unit, or of the root for {@link #ROOT}. */
  String idOf(String key) {
    return ROOT.equals(key) ? rootId : units.get(key).id();
  }

  String nameOf(String key) {
    return ROOT.equals(key) ? "Root" : units.get(key).name();
  }

  String arnOf(String key) {
    return ROOT.equals(key)
        ? rootArn()
        : "arn:aws:organizations::" + management + ":ou/" + orgId + "/" + idOf(key);
  }

  String accountArn(String accountId) {
    return "arn:aws:organizations::" + management + ":account/" + orgId + "/" + accountId;
  }

  record Unit(String key, String id, String name, String parentKey) {}
}
