// Positions for a graph read left to right by hops: one column per hop from the root, one
// horizontal lane per account, so every account's compound node is a band that never overlaps
// another account's band. Pure functions over plain data (no Cytoscape), so they are easy to check.

const COLUMN = 260;
const ROW = 70;
const LANE_GAP = 60;

/**
 * Hop distance of every node from the roots: outgoing edges count +1; with inbound=true nodes that
 * only reach the roots get negative hops (callers to the left, callees to the right).
 * nodes: [{id}], edges: [{source, target}] -> Map(id -> hop)
 */
export function hops(nodes, edges, roots, inbound = false) {
  const out = new Map();
  const into = new Map();
  for (const e of edges) {
    (out.get(e.source) || out.set(e.source, []).get(e.source)).push(e.target);
    (into.get(e.target) || into.set(e.target, []).get(e.target)).push(e.source);
  }
  const distance = new Map();
  const walk = (next, sign) => {
    let frontier = roots.filter((r) => nodes.some((n) => n.id === r));
    frontier.forEach((r) => distance.set(r, 0));
    let depth = 0;
    while (frontier.length) {
      depth += 1;
      const following = [];
      for (const id of frontier) {
        for (const neighbour of next.get(id) || []) {
          if (!distance.has(neighbour)) {
            distance.set(neighbour, sign * depth);
            following.push(neighbour);
          }
        }
      }
      frontier = following;
    }
  };
  walk(out, 1);
  if (inbound) {
    walk(into, -1);
  }
  // Anything unconnected to the roots goes one column past the last.
  const last = Math.max(0, ...distance.values());
  nodes.forEach((n) => { if (!distance.has(n.id)) { distance.set(n.id, last + 1); } });
  return distance;
}

/**
 * nodes: [{id, account, label}] (no compound parents), hop: Map(id -> hop)
 * -> Map(id -> {x, y}); lanes ordered by the nearest hop they hold, then account id.
 */
export function lanes(nodes, hop) {
  const byAccount = new Map();
  for (const n of nodes) {
    const key = n.account || '';
    (byAccount.get(key) || byAccount.set(key, []).get(key)).push(n);
  }
  const order = [...byAccount.entries()].map(([account, members]) => ({
    account,
    members,
    first: Math.min(...members.map((m) => hop.get(m.id))),
  }));
  order.sort((a, b) => a.first - b.first || a.account.localeCompare(b.account));
  const positions = new Map();
  let top = 0;
  for (const lane of order) {
    const columns = new Map();
    for (const m of lane.members) {
      const h = hop.get(m.id);
      (columns.get(h) || columns.set(h, []).get(h)).push(m);
    }
    let tallest = 1;
    for (const [h, members] of columns) {
      members.sort((a, b) => String(a.label).localeCompare(String(b.label)));
      members.forEach((m, i) => positions.set(m.id, { x: h * COLUMN, y: top + i * ROW }));
      tallest = Math.max(tallest, members.length);
    }
    top += tallest * ROW + LANE_GAP;
  }
  return positions;
}

/**
 * Keeps at most cap nodes, nearest hops first (admins first within a hop, so the answer to
 * "does it reach admin?" survives the cap), and the edges between kept nodes.
 */
export function capped(nodes, edges, hop, cap) {
  if (nodes.length <= cap) {
    return { nodes, edges, hidden: 0 };
  }
  const sorted = [...nodes].sort((a, b) =>
    Math.abs(hop.get(a.id)) - Math.abs(hop.get(b.id)) || (b.admin ? 1 : 0) - (a.admin ? 1 : 0));
  const kept = sorted.slice(0, cap);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    hidden: nodes.length - kept.length,
  };
}
