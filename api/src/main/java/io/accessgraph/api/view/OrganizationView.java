package io.accessgraph.api.view;

import java.util.List;

/**
 * The OU tree with per-account counts.
 *
 * @param id the organization id, null when no organization was ingested
 * @param roots the tree from each root
 * @param standalone ingested accounts that are not members of the organization
 */
public record OrganizationView(
    String id, String managementAccount, List<OrgUnitView> roots, List<AccountView> standalone) {}
