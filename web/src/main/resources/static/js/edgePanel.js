// The explanation of one edge: how the source acts as the target (method and its pathfinding id),
// the permissions used and the exact statements granting them, the conditions, the attacker's
// steps and the remediation.
import { cached, get } from './api.js';
import { el, fill, definitions, list, section, json, routeLink } from './dom.js';
import { shortName, kindLabel } from './format.js';
import { href } from './router.js';
import { documents, statementFor, folded, permissionsIn } from './statements.js';

/** The full edge view (/api/node outbound edges) for a drawn edge {source, target, method}. */
export async function edgeView(edge) {
  for (let page = 0; page < 5; page++) {
    const detail = await cached('node', { id: edge.source, page, size: 200 });
    const matches = detail.outbound.edges.filter((e) => e.to === edge.target);
    const exact = matches.find((e) => e.method === edge.method);
    if (exact || matches.length) {
      return exact || matches[0];
    }
    if ((page + 1) * 200 >= detail.outbound.total) { break; }
  }
  const paths = await get('paths', { from: edge.source, to: edge.target, k: 1, maxHops: 1 });
  if (paths.paths.length) { return paths.paths[0].edges[0]; }
  throw new Error('no edge from ' + edge.source + ' to ' + edge.target);
}

function evidence(lines, docs) {
  return el('ol', { class: 'evidence' }, folded(lines).map(({ line, count }) => {
    const statement = statementFor(line, docs);
    return el('li', {},
      el('span', {}, line), count > 1 ? el('span', { class: 'badge' }, '×' + count) : null,
      statement ? json(statement) : null);
  }));
}

/** Renders the explanation of edge (an EdgeView, or a drawn edge to look up) into panel. */
export async function showEdge(panel, drawn, isStale = () => false) {
  panel.replaceChildren(el('p', { class: 'hint' }, 'Loading the edge…'));
  const edge = drawn.from ? drawn : await edgeView(drawn);
  const [from, to] = await Promise.all([
    cached('node', { id: edge.from, page: 0, size: 200 }).catch(() => null),
    cached('node', { id: edge.to, page: 0, size: 200 }).catch(() => null),
  ]);
  if (isStale()) { return; }
  const docs = documents(from, to);
  const permissions = edge.permissions && edge.permissions.length ?
    edge.permissions : permissionsIn(edge.evidence);
  const method = el('span', {},
    edge.methodName ? edge.methodName + ' ' : '', el('code', { class: 'method-id' }, edge.method));
  fill(panel,
    el('h2', { id: 'edge-title' }, 'Edge'),
    el('p', { class: 'edge-ends' },
      routeLink(href('node', [edge.from]), from ? from.name : shortName(edge.from)),
      ' → ',
      routeLink(href('node', [edge.to]), to ? to.name : shortName(edge.to))),
    definitions([
      ['method', method],
      ['kind', edge.kind],
      ['conditional', edge.conditional ? 'yes: holds only when the conditions below are met' : 'no'],
      ['from', el('code', {}, edge.from)],
      ['to', el('code', {}, edge.to + (to ? ' (' + kindLabel(to.kind) + (to.admin ? ', admin' : '') + ')' : ''))],
    ]),
    permissions.length ? section('Permissions', list(permissions.map((p) => el('code', {}, p)), 'permissions')) : null,
    section('Evidence and the statements granting it', evidence(edge.evidence, docs)),
    edge.conditions && edge.conditions.length ?
      section('Conditions', list(edge.conditions.map((c) => el('code', {}, c)))) : null,
    edge.steps && edge.steps.length ?
      section("Attacker's steps", el('ol', { class: 'steps' }, edge.steps.map((s) => el('li', {}, el('code', {}, s))))) : null,
    edge.remediation ? section('Remediation', el('p', { class: 'remediation' }, edge.remediation)) : null,
    el('p', {}, routeLink(href('paths', [edge.from, edge.to]), 'Open as a path')),
  );
}
