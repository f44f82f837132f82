// Draws a graph the API sent (Cytoscape JSON) with Cytoscape.js from its WebJar: hops left to
// right, one compound node per account tinted by OU, admins ringed, conditional edges dashed.
import { hops, lanes, capped } from './layout.js';
import { accountTitle, ouColor } from './organization.js';
import { bindKeys } from './graphKeys.js';
import { probe } from './probe.js';

function css(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function stylesheet() {
  return [
    { selector: 'node', style: {
      label: 'data(label)', color: css('--fg'), 'font-size': 11, 'text-valign': 'bottom',
      'text-margin-y': 4, 'background-color': css('--role'), width: 24, height: 24,
      'text-wrap': 'ellipsis', 'text-max-width': 200, 'border-width': 0 } },
    { selector: 'node[kind = "USER"]', style: { 'background-color': css('--user') } },
    { selector: 'node[kind = "GROUP"]', style: { 'background-color': css('--user'), shape: 'hexagon' } },
    { selector: 'node[kind = "EC2_INSTANCE"]', style: {
      'background-color': css('--instance'), shape: 'round-rectangle' } },
    { selector: 'node[kind = "ACCOUNT"], node[kind = "FEDERATED_PRINCIPAL"], node[kind = "SERVICE_PRINCIPAL"]',
      style: { 'background-color': css('--outside'), shape: 'diamond' } },
    { selector: 'node[kind = "ACCOUNT_ADMIN"]', style: {
      'background-color': css('--admin'), shape: 'star', width: 30, height: 30 } },
    { selector: 'node[?admin]', style: {
      'border-width': 4, 'border-color': css('--admin'), 'font-weight': 'bold' } },
    { selector: 'node.root', style: {
      'underlay-color': css('--accent'), 'underlay-padding': 8, 'underlay-opacity': 0.35,
      'underlay-shape': 'ellipse' } },
    { selector: ':parent', style: {
      'background-color': 'data(tint)', 'background-opacity': 1, 'border-color': css('--border'),
      'border-width': 1, shape: 'round-rectangle', 'text-valign': 'top', 'text-halign': 'center',
      'font-size': 12, 'font-weight': 'normal', color: css('--muted'), padding: 18,
      'text-wrap': 'none', 'text-max-width': 1000,
      'text-margin-y': -4 } },
    { selector: 'edge', style: {
      width: 1.6, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'line-color': css('--edge'), 'target-arrow-color': css('--edge'), label: 'data(method)',
      'font-size': 9, color: css('--muted'), 'text-rotation': 'autorotate',
      'text-background-color': css('--bg'), 'text-background-opacity': 0.85,
      'text-background-padding': 2 } },
    { selector: 'edge[?conditional]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[kind = "CAN_ESCALATE"]', style: {
      'line-color': css('--escalate'), 'target-arrow-color': css('--escalate') } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: ':selected', style: {
      'border-width': 4, 'border-color': css('--accent'), 'line-color': css('--accent'),
      'target-arrow-color': css('--accent'), width: 3 } },
    { selector: 'node:parent:selected', style: { 'border-width': 2 } },
  ];
}

/**
 * container: element; graph: {nodes, edges, truncated} from /api/graph/*;
 * options: {roots: [id], inbound: bool, org, cap, onNode(data), onEdge(data)}
 * -> {cy, shown, hidden, restyle(), destroy()}
 */
export function draw(container, graph, options) {
  const plain = graph.nodes.map((n) => n.data).filter((d) => d.kind !== 'ACCOUNT_GROUP');
  const edges = graph.edges.map((e) => e.data);
  const hop = hops(plain, edges, options.roots || [], options.inbound);
  const kept = capped(plain, edges, hop, options.cap || Infinity);
  const positions = lanes(kept.nodes, hop);
  const accounts = [...new Set(kept.nodes.map((n) => n.account).filter(Boolean))];
  const roots = new Set(options.roots || []);
  const elements = [
    ...accounts.map((a) => ({ group: 'nodes', data: {
      id: 'account:' + a, kind: 'ACCOUNT_GROUP', account: a,
      label: accountTitle(options.org, a), tint: ouColor(options.org, a) } })),
    ...kept.nodes.map((n) => ({ group: 'nodes', data: { ...n, hop: hop.get(n.id) },
      position: positions.get(n.id), classes: roots.has(n.id) ? 'root' : '' })),
    ...kept.edges.map((e) => ({ group: 'edges', data: e })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    style: stylesheet(),
    layout: { name: 'preset', fit: true, padding: 40 },
    minZoom: 0.05,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) => {
    if (!event.target.isParent() && options.onNode) { options.onNode(event.target.data()); }
  });
  cy.on('tap', 'edge', (event) => options.onEdge && options.onEdge(event.target.data()));
  const unbind = bindKeys(container, cy, options);
  if (cy.zoom() > 1.25) {
    // A handful of nodes would be blown up to fill the screen; keep them at a readable size.
    cy.zoom(1.25);
    cy.center();
  }
  probe.cy = cy;
  const restyle = () => {
    cy.nodes(':parent').forEach((p) => p.data('tint', ouColor(options.org, p.data('account'))));
    cy.style(stylesheet());
  };
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', restyle);
  document.addEventListener('accessgraph:theme', restyle);
  return {
    cy,
    shown: kept.nodes.length,
    hidden: kept.hidden,
    total: plain.length,
    restyle,
    destroy() {
      scheme.removeEventListener('change', restyle);
      document.removeEventListener('accessgraph:theme', restyle);
      unbind();
      if (probe.cy === cy) { probe.cy = null; }
      cy.destroy();
    },
  };
}
