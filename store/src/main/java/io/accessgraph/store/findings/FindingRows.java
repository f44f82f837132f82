package io.accessgraph.store.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accessgraph.analysis.findings.Finding;
import io.accessgraph.analysis.graph.AccessEdge;
import io.accessgraph.analysis.graph.EdgeKind;
import io.accessgraph.model.AccountIds;
import io.accessgraph.model.Arn;
import io.accessgraph.store.schema.NodeLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding as node properties and back. Neo4j properties cannot nest, so the path is kept as JSON
 * ({@code path}) and, for Cypher users, as the list of ARNs along it ({@code pathArns}).
 */
final class FindingRows {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> EDGES = new TypeReference<>() {};

  private FindingRows() {}

  static Map<String, Object> props(Finding f) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", f.id());
    p.put("type", f.type().name());
    p.put("severity", f.severity().name());
    p.put("severityRank", f.severity().ordinal());
    p.put("resource", f.resource());
    p.put("accountId", f.account());
    p.put("title", f.title());
    p.put("evidence", f.evidence());
    p.put("remediation", f.remediation());
    p.put("path", writePath(f.path()));
    List<String> arns = new ArrayList<>();
    for (AccessEdge e : f.path()) {
      if (arns.isEmpty()) {
        arns.add(e.from());
      }
      arns.add(e.to());
    }
    p.put("pathArns", arns);
    return p;
  }

  /**
   * The label of the node that holds the resource, or null when it is no kind of node the store
   * keys by ARN.
   */
  static NodeLabel resourceLabel(String resource) {
    Arn arn = Arn.tryParse(resource);
    if (arn == null) {
      return null;
    }
    if (arn.isAccountRoot() && AccountIds.isAccountId(arn.account())) {
      return NodeLabel.ACCOUNT;
    }
    return switch (arn.service() + ":" + arn.resourceType()) {
      case "iam:user" -> NodeLabel.USER;
      case "iam:role" -> NodeLabel.ROLE;
      case "iam:group" -> NodeLabel.GROUP;
      case "iam:policy" -> NodeLabel.POLICY;
      case "iam:instance-profile" -> NodeLabel.INSTANCE_PROFILE;
      case "iam:oidc-provider", "iam:saml-provider" -> NodeLabel.FEDERATED_PRINCIPAL;
      case "ec2:instance" -> NodeLabel.EC2_INSTANCE;
      default -> null;
    };
  }

  private static String writePath(List<AccessEdge> path) {
    List<Map<String, Object>> edges = new ArrayList<>();
    for (AccessEdge e : path) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", e.from());
      m.put("to", e.to());
      m.put("kind", e.kind().name());
      m.put("method", e.method());
      m.put("conditional", e.conditional());
      m.put("conditions", e.conditions());
      m.put("evidence", e.evidence());
      edges.add(m);
    }
    try {
      return MAPPER.writeValueAsString(edges);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a finding's path as JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<AccessEdge> readPath(String json, String findingId) {
    if (json == null) {
      return List.of();
    }
    try {
      List<AccessEdge> out = new ArrayList<>();
      for (Map<String, Object> m : MAPPER.readValue(json, EDGES)) {
        out.add(
            new AccessEdge(
                (String) m.get("from"),
                (String) m.get("to"),
                EdgeKind.valueOf((String) m.get("kind")),
                (String) m.get("method"),
                Boolean.TRUE.equals(m.get("conditional")),
                (List<String>) m.get("conditions"),
                (List<String>) m.get("evidence")));
      }
      return out;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException(
          "stored finding " + findingId + " has a path that is not a list of edges: " + e, e);
    }
  }
}
