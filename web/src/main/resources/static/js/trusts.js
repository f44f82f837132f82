// Trusts that cross the organization's boundary, counted per account from the whole graph: an
// edge into a role whose source is an account outside the organization (external) or an identity
// provider (federated).

/** graph: Cytoscape JSON of /api/graph; orgAccounts: Set of ids -> Map(account -> {external, federated}) */
export function boundaryTrusts(graph, orgAccounts) {
  const nodes = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
  const counts = new Map();
  const bump = (account, key) => {
    const entry = counts.get(account) || counts.set(account, { external: 0, federated: 0 }).get(account);
    entry[key] += 1;
  };
  for (const { data: edge } of graph.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target || edge.kind !== 'CAN_ASSUME') { continue; }
    if (!orgAccounts.has(source.account) || source.kind === 'ACCOUNT') {
      bump(target.account, 'external');
    } else if (source.kind === 'FEDERATED_PRINCIPAL') {
      bump(target.account, 'federated');
    }
  }
  return counts;
}
