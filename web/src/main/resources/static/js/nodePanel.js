// The details panel of a node: what it is, its policies pretty-printed, its trust policy and
// instance profile, why it is admin, its findings and its edges (paged, with "show more").
import { cached, get } from './api.js';
import { el, fill, definitions, list, section, json, routeLink, button } from './dom.js';
import { shortName, kindLabel, accountLabel } from './format.js';
import { href } from './router.js';
import { folded } from './statements.js';
import { findingSummary } from './findingsFormat.js';

const PAGE = 50;
const ACCOUNT_ADMIN = 'accessgraph:account-admin:';

function tags(map) {
  const entries = Object.entries(map || {});
  return entries.length ? entries.map(([k, v]) => el('span', { class: 'tag' }, k + '=' + v)) : null;
}

function policies(items) {
  return items.map((p) => section(
    p.name + ' · ' + p.attachment + (p.group ? ' via ' + shortName(p.group) : ''),
    el('div', {}, el('p', {}, el('code', {}, p.id)), json(p.document)), false));
}

function edgeList(id, direction, first, onEdge) {
  const box = el('div', { class: 'edges' });
  const render = (items) => items.map((e) => {
    const other = direction === 'outbound' ? e.to : e.from;
    return el('li', {},
      el('a', { href: href('node', [other]) }, shortName(other)), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => onEdge(e),
        'aria-label': 'explain edge ' + e.method + ' ' + (direction === 'outbound' ? 'to ' : 'from ') + shortName(other) },
      e.method + (e.conditional ? ' (conditional)' : '')));
  });
  const ul = el('ul', { class: 'edge-list' }, render(first.edges));
  box.append(el('p', { class: 'hint' }, first.total + ' ' + (direction === 'outbound' ? 'outgoing' : 'incoming')), ul);
  let page = first.page;
  const more = button('Show more', async () => {
    page += 1;
    const next = await get('node', { id, page, size: PAGE });
    ul.append(...render(next[direction].edges));
    if ((page + 1) * PAGE >= first.total) { more.remove(); }
  });
  if (first.edges.length < first.total) { box.append(more); }
  return box;
}

/** Renders /api/node for id into panel; onEdge(edgeView) opens an edge explanation. */
export async function showNode(panel, id, onEdge, isStale = () => false) {
  if (id.startsWith(ACCOUNT_ADMIN)) {
    // Not a principal but the "admin of account X" every admin reaches; the API has no detail.
    const account = id.slice(ACCOUNT_ADMIN.length);
    fill(panel, el('h2', { id: 'node-title' }, 'admin of ' + account),
      el('p', {}, 'Every principal that is admin of account ' + account + ' has an edge here.'),
      el('p', {}, routeLink(href('admins', [account]), 'Who can become admin of ' + account)));
    return null;
  }
  panel.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  const [detail, org] = await Promise.all([
    cached('node', { id, page: 0, size: PAGE }),
    import('./organization.js').then((m) => m.organization()).catch(() => null),
  ]);
  if (isStale()) { return detail; }
  const names = org ? new Map([...org.accounts].map(([k, v]) => [k, v.name])) : null;
  const adminEvidence = folded(detail.adminEvidence).map(({ line, count }) =>
    line + (count > 1 ? '  ×' + count : ''));
  fill(panel,
    el('h2', { id: 'node-title' }, detail.name || shortName(detail.arn)),
    el('p', { class: 'kind' }, kindLabel(detail.kind), detail.admin ? el('span', { class: 'badge admin' }, 'admin') : null),
    definitions([
      ['ARN', el('code', {}, detail.arn)],
      ['account', detail.account ? accountLabel(detail.account, names) : null],
      ['tags', tags(detail.tags)],
      ['instance profile', (detail.instanceProfile || []).map((p) => el('code', { class: 'block' }, p))],
      ['runs as', (detail.runsAs || []).map((r) => el('a', { href: href('node', [r]), class: 'block' }, shortName(r)))],
      ['groups', (detail.groups || []).map((g) => el('code', { class: 'block' }, shortName(g)))],
      ['access keys', (detail.accessKeys || []).map((k) => el('code', { class: 'block' }, k))],
    ]),
    el('p', { class: 'actions' },
      routeLink(href('blast', [detail.arn]), 'Blast radius'), ' · ',
      routeLink(href('paths', [detail.arn]), 'Paths from here'), ' · ',
      routeLink(href('node', [detail.arn]), 'Neighbourhood')),
    detail.admin ? section('Why admin', list(adminEvidence, 'evidence')) : null,
    detail.findings && detail.findings.length ?
      section('Findings (' + detail.findings.length + ')', list(detail.findings.map(findingSummary))) : null,
    detail.policies && detail.policies.length ?
      section('Policies (' + detail.policies.length + ')', el('div', {}, policies(detail.policies))) : null,
    detail.trustPolicy ? section('Trust policy', json(detail.trustPolicy)) : null,
    section('Outgoing edges', edgeList(detail.arn, 'outbound', detail.outbound, onEdge)),
    section('Incoming edges', edgeList(detail.arn, 'inbound', detail.inbound, onEdge), false),
  );
  return detail;
}
