// Blast radius: everything a (compromised) node reaches, laid out by hops from left to right,
// accounts as OU-tinted boxes, admins ringed, with counts and a conditional-edge toggle.
import { get } from '../api.js';
import { el, fill, button } from '../dom.js';
import { plural, shortName, kindLabel } from '../format.js';
import { draw } from '../graph.js';
import { organization } from '../organization.js';
import { href, replaceParams } from '../router.js';
import { showEdge } from '../edgePanel.js';
import { showNode } from '../nodePanel.js';
import { exportBar } from '../exporter.js';
import { table } from '../table.js';
import { frame, graphLayout, failure } from './frame.js';

const STEP = 150;

function summary(result) {
  const admins = result.reachable.filter((r) => r.admin && r.kind !== 'ACCOUNT_ADMIN');
  const adminAccounts = result.accounts.filter((a) => a.admin);
  const deepest = Math.max(0, ...result.reachable.map((r) => r.hops));
  return `${plural(result.reachable.length, 'node')} reachable · ${plural(admins.length, 'admin')} · ` +
    `${plural(result.accounts.length, 'account')} (admin of ${adminAccounts.length}) · up to ${plural(deepest, 'hop')}`;
}

function overview(result, org, onPick) {
  const byHop = new Map();
  result.reachable.forEach((r) => byHop.set(r.hops, (byHop.get(r.hops) || 0) + 1));
  const accountName = (id) => (org && org.accounts.get(id) ? org.accounts.get(id).name + ' ' : '') + id;
  const reachable = table({
    caption: 'Reachable nodes',
    columns: [
      { label: 'name', value: (r) => shortName(r.arn) },
      { label: 'account', value: (r) => r.account || '', render: (r) => el('span', { class: 'nowrap' }, r.account || '') },
      { label: 'hops', value: (r) => r.hops, numeric: true },
      { label: 'admin', value: (r) => (r.admin ? 'admin' : '') },
    ],
    rows: result.reachable,
    sortBy: 2,
    onOpen: onPick,
    rowLabel: (r) => kindLabel(r.kind) + ' ' + shortName(r.arn) + ', ' + r.hops + ' hops' + (r.admin ? ', admin' : ''),
  });
  const services = Object.keys(result.permissions || {});
  return el('div', {},
    el('h2', {}, 'Blast radius'),
    el('dl', {},
      el('dt', {}, 'source'), el('dd', {}, el('code', {}, result.source)),
      el('dt', {}, 'by hop'), el('dd', {}, [...byHop.entries()].sort((a, b) => a[0] - b[0])
        .map(([h, n]) => h + ': ' + n).join(' · ')),
      el('dt', {}, 'accounts'), el('dd', {}, result.accounts.map((a) =>
        el('span', { class: 'tag' + (a.admin ? ' admin' : '') }, accountName(a.id) + (a.admin ? ' (admin)' : ''))))),
    services.length ? el('details', { class: 'section' },
      el('summary', {}, 'Permissions held directly (' + services.length + ' services)'),
      el('p', { class: 'hint' }, 'As ' + (result.permissionsOf || []).map(shortName).join(', ')),
      el('ul', {}, services.map((s) => el('li', {}, el('strong', {}, s + ': '),
        result.permissions[s].map((g) => g.actions.join(', ') + ' on ' + g.resources.join(', ')).join('; '))))) : null,
    el('h3', {}, 'Reachable'),
    reachable.element);
}

export async function blastView(container, args, params, isStale) {
  const id = args[0];
  const conditional = params.get('conditional') !== 'false';
  const cap = Number(params.get('cap')) || STEP;
  const f = frame(container, 'Blast radius of ' + shortName(id));
  const layout = graphLayout(f.body);
  const toggle = el('input', { type: 'checkbox', id: 'conditional-toggle', checked: conditional });
  toggle.addEventListener('change', () => {
    replaceParams({ conditional: toggle.checked ? null : 'false' });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  let handle = null;
  let result = null;
  let graph = null;
  f.controls.append(
    el('label', { class: 'toggle' }, toggle, ' include conditional edges'),
    exportBar({ name: 'blast-radius-' + shortName(id), png: () => handle,
      json: () => ({ blastRadius: result, graph }) }));
  f.counts.textContent = 'Loading…';
  try {
    let org;
    [result, graph, org] = await Promise.all([
      get('blast-radius', { from: id, conditional }),
      get('graph/blast-radius', { from: id, conditional }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    const source = graph.nodes.find((n) => n.data.id === result.source);
    f.heading.textContent = 'Blast radius of ' + (source ? source.data.label : shortName(result.source));
    f.counts.textContent = summary(result);
    const showOverview = () => layout.panel.replaceChildren(overview(result, org, (r) => pickNode(r.arn)));
    const back = () => button('← Blast radius summary', showOverview, { class: 'link back' });
    const pickNode = (arn) => {
      if (handle) { handle.cy.elements().unselect(); handle.cy.getElementById(arn).select(); }
      showNode(layout.panel, arn, (edge) => showEdge(layout.panel, edge).then(() => layout.panel.prepend(back())))
        .then(() => layout.panel.prepend(back()));
    };
    handle = draw(layout.graph, graph, {
      roots: [result.source], org, cap,
      onNode: (data) => pickNode(data.id),
      onEdge: (data) => showEdge(layout.panel, data).then(() => layout.panel.prepend(back())),
    });
    if (handle.hidden > 0 || graph.truncated) {
      layout.notice.hidden = false;
      fill(layout.notice,
        `Showing the ${handle.shown} nearest of ${handle.total} nodes` +
        (graph.truncated ? ' (the server cut the graph at its node cap)' : '') + '. ',
        handle.hidden > 0 ? el('a', { href: href('blast', [id], {
          conditional: conditional ? null : 'false', cap: cap + STEP }) }, 'Show more') : null);
    }
    showOverview();
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return () => handle && handle.destroy();
}
