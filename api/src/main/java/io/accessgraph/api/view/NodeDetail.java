package io.accessgraph.api.view;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one node: what it is, the policies that apply to it, why it is admin, its
 * findings and its edges in both directions.
 *
 * @param trustPolicy roles only, as JSON
 * @param instanceProfile instances and roles: the instance profile(s) joining them
 * @param runsAs instances only: the roles of its instance profile
 */
public record NodeDetail(
    String arn,
    String kind,
    String name,
    String account,
    Map<String, String> tags,
    boolean admin,
    List<String> adminEvidence,
    List<PolicyView> policies,
    @JsonRawValue String trustPolicy,
    List<String> instanceProfile,
    List<String> runsAs,
    List<String> groups,
    List<String> accessKeys,
    List<Object> findings,
    EdgePage inbound,
    EdgePage outbound) {}
