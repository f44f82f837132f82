package io.accessgraph.api.view;

import java.util.List;

/** A root or OU with its child OUs and accounts. */
public record OrgUnitView(
    String id, String name, List<OrgUnitView> units, List<AccountView> accounts) {}
