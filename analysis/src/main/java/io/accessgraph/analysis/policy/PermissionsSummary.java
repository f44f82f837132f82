package io.accessgraph.analysis.policy;

import io.accessgraph.analysis.policy.EffectivePermissions.Grant;
import io.accessgraph.analysis.policy.EffectivePermissions.ServicePermissions;
import io.accessgraph.analysis.policy.catalog.ActionCatalog;
import io.accessgraph.analysis.policy.compile.CompiledStatement;
import io.accessgraph.analysis.policy.compile.StatementIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the effective-permissions summary: each identity Allow expanded into concrete actions,
 * kept only where the boundary and every SCP level allow the action and no unconditional Deny on
 * all resources removes it; grants with the same resources and conditions are merged.
 */
final class PermissionsSummary {
  private final Org org;
  private final ActionCatalog catalog;

  PermissionsSummary(Org org, ActionCatalog catalog) {
    this.org = org;
    this.catalog = catalog;
  }

  EffectivePermissions summarize(Caller caller) {
    IamPrincipal p = caller.principal();
    String who = caller.identity().arn();
    if (p == null) {
      return new EffectivePermissions(
          who,
          caller.accountId(),
          catalog.version(),
          List.of(),
          List.of("only ingested users and roles have a permissions summary"));
    }
    List<String> notes = new ArrayList<>(p.warnings());
    List<StatementIndex> limits = new ArrayList<>();
    if (p.boundary() != null) {
      limits.add(p.boundary().index());
    }
    List<Org.Level> levels = p.serviceLinked() ? null : org.scpLevels(p.accountId());
    if (levels != null) {
      levels.forEach(l -> limits.add(l.policies().index()));
    }
    List<CompiledStatement> denies = new ArrayList<>();
    collectDenies(p.identity().index(), denies, notes);
    limits.forEach(l -> collectDenies(l, denies, notes));

    Map<String, Map<List<Object>, Merged>> byService = new TreeMap<>();
    for (CompiledStatement s : p.identity().index().all()) {
      if (!s.isAllow()) {
        continue;
      }
      for (Map.Entry<String, List<String>> e : expand(s).entrySet()) {
        List<String> kept = new ArrayList<>();
        for (String action : e.getValue()) {
          String lower = (e.getKey() + ":" + action).toLowerCase(Locale.ROOT);
          if (allowedByAll(limits, lower) && !deniedOutright(denies, lower)) {
            kept.add(action);
          }
        }
        if (kept.isEmpty()) {
          continue;
        }
        List<String> resources = s.resources() == null ? List.of("*") : s.resources().written();
        List<String> conditions = s.conditions().describeAll();
        List<Object> key = List.of(resources, s.notResource(), conditions);
        Merged m =
            byService
                .computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                .computeIfAbsent(key, k -> new Merged(resources, s.notResource(), conditions));
        m.actions.addAll(kept);
        m.sources.add(s.where());
      }
    }
    List<ServicePermissions> services = new ArrayList<>();
    byService.forEach(
        (service, grants) -> {
          List<Grant> out = new ArrayList<>();
          grants.values().forEach(m -> out.add(m.toGrant(catalog.actions(service))));
          services.add(new ServicePermissions(service, out));
        });
    return new EffectivePermissions(p.arn(), p.accountId(), catalog.version(), services, notes);
  }

  /** Catalog expansion, plus exact actions of services the catalog does not know. */
  private Map<String, List<String>> expand(CompiledStatement s) {
    List<String> written = s.actions().written();
    Map<String, List<String>> out = new TreeMap<>(catalog.expand(written, s.notAction()));
    if (!s.notAction()) {
      for (String w : written) {
        int colon = w.indexOf(':');
        if (colon > 0 && !catalog.contains(w) && w.indexOf('*') < 0 && w.indexOf('?') < 0) {
          String service = w.substring(0, colon).toLowerCase(Locale.ROOT);
          out.computeIfAbsent(service, k -> new ArrayList<>()).add(w.substring(colon + 1));
        }
      }
    }
    return out;
  }

  private static boolean allowedByAll(List<StatementIndex> limits, String lowerAction) {
    for (StatementIndex limit : limits) {
      boolean any = false;
      for (CompiledStatement s : limit.all()) {
        if (s.isAllow() && s.matchesAction(lowerAction)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean deniedOutright(List<CompiledStatement> denies, String lowerAction) {
    for (CompiledStatement d : denies) {
      if (d.matchesAction(lowerAction)) {
        return true;
      }
    }
    return false;
  }

  /** Unconditional Denies on every resource remove actions; other Denies become notes. */
  private static void collectDenies(
      StatementIndex index, List<CompiledStatement> outright, List<String> notes) {
    for (CompiledStatement s : index.all()) {
      if (s.isAllow()) {
        continue;
      }
      boolean everywhere =
          s.resources() == null || (!s.notResource() && s.resources().matchesEverything());
      if (everywhere && s.conditions().isEmpty()) {
        outright.add(s);
      } else {
        notes.add(
            "Deny of "
                + (s.notAction() ? "all but " : "")
                + s.actions().written()
                + " on "
                + (s.resources() == null ? "*" : s.resources().written())
                + (s.conditions().isEmpty() ? "" : " when " + s.conditions().describeAll())
                + " by "
                + s.where()
                + " also applies");
      }
    }
  }

  private static final class Merged {
    final List<String> resources;
    final boolean notResource;
    final List<String> conditions;
    final Set<String> actions = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();

    Merged(List<String> resources, boolean notResource, List<String> conditions) {
      this.resources = resources;
      this.notResource = notResource;
      this.conditions = conditions;
    }

    Grant toGrant(List<String> serviceActions) {
      List<String> list =
          !serviceActions.isEmpty() && actions.containsAll(serviceActions)
              ? List.of("*")
              : new ArrayList<>(new java.util.TreeSet<>(actions));
      return new Grant(list, resources, notResource, conditions, new ArrayList<>(sources));
    }
  }
}
