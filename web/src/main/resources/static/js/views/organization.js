// Organization overview: accounts by OU with their counts of principals, admins, escalations,
// external trusts and findings, as a tree, two charts and a sortable table.
import { get } from '../api.js';
import { el } from '../dom.js';
import { plural } from '../format.js';
import { flatten } from '../organization.js';
import { href, go } from '../router.js';
import { barChart, donut } from '../charts.js';
import { boundaryTrusts } from '../trusts.js';
import { exportBar } from '../exporter.js';
import { table } from '../table.js';
import { frame, failure } from './frame.js';

const COLUMNS = [
  { label: 'account', value: (a) => a.name },
  { label: 'id', value: (a) => a.id },
  { label: 'OU', value: (a) => a.path.join(' / ') },
  { label: 'principals', value: (a) => a.counts.principals, numeric: true },
  { label: 'admins', value: (a) => a.counts.admins, numeric: true },
  { label: 'escalations', value: (a) => a.counts.escalations, numeric: true },
  { label: 'external trusts', value: (a) => a.trusts.external, numeric: true },
  { label: 'federated trusts', value: (a) => a.trusts.federated, numeric: true },
  { label: 'findings', value: (a) => a.counts.findings, numeric: true },
];

function accountCard(account) {
  const c = account.counts;
  return el('li', { class: 'account-card' },
    el('a', { href: href('admins', [account.id]), class: 'account-name' }, account.name),
    el('span', { class: 'account-id' }, account.id + (account.status && account.status !== 'ACTIVE' ? ' · ' + account.status : '')),
    el('span', { class: 'stats' },
      el('span', { title: 'principals' }, plural(c.principals, 'principal')),
      el('a', { href: href('admins', [account.id]), class: c.admins ? 'stat admin' : 'stat' }, plural(c.admins, 'admin')),
      el('a', { href: href('escalations', [], { account: account.id }), class: c.escalations ? 'stat warn' : 'stat' }, plural(c.escalations, 'escalation')),
      el('span', { class: account.trusts.external ? 'stat warn' : 'stat' }, plural(account.trusts.external, 'external trust')),
      el('span', { class: 'stat' }, plural(account.trusts.federated, 'federated trust')),
      el('a', { href: href('findings', [], { account: account.id }), class: c.findings ? 'stat warn' : 'stat' }, plural(c.findings, 'finding'))));
}

function tree(unit, accounts) {
  const mine = (unit.accounts || []).map((a) => accounts.get(a.id));
  return el('li', { class: 'ou' },
    el('span', { class: 'ou-name' }, unit.name, el('span', { class: 'ou-id' }, ' ' + unit.id)),
    mine.length ? el('ul', { class: 'accounts' }, mine.map(accountCard)) : null,
    unit.units && unit.units.length ? el('ul', { class: 'ous' }, unit.units.map((u) => tree(u, accounts))) : null);
}

export async function organizationView(container, args, params, isStale) {
  const f = frame(container, 'Organization');
  f.counts.textContent = 'Loading…';
  try {
    const [raw, graph] = await Promise.all([get('organization'), get('graph')]);
    if (isStale()) { return null; }
    const org = flatten(raw);
    const trusts = boundaryTrusts(graph, new Set(org.accounts.keys()));
    const accounts = new Map([...org.accounts].map(([id, a]) =>
      [id, { ...a, trusts: trusts.get(id) || { external: 0, federated: 0 } }]));
    const rows = [...accounts.values()];
    const sum = (fn) => rows.reduce((s, a) => s + fn(a), 0);
    const principals = sum((a) => a.counts.principals);
    const admins = sum((a) => a.counts.admins);
    f.heading.textContent = 'Organization ' + (raw.id || '');
    f.counts.textContent = `${plural(rows.length, 'account')} in ${plural(org.ous.filter((o) => o.path.length > 1).length, 'OU')} · ` +
      `${plural(principals, 'principal')} · ${plural(admins, 'admin')} · ` +
      `${plural(sum((a) => a.counts.escalations), 'escalation')} · ${plural(sum((a) => a.trusts.external), 'external trust')}`;
    const accountTable = table({
      caption: 'Accounts', columns: COLUMNS, rows, sortBy: 2,
      onOpen: (a) => go('admins', [a.id]), rowLabel: (a) => a.name + ' ' + a.id,
    });
    f.controls.append(exportBar({ name: 'organization', json: () => ({ organization: raw, trusts: Object.fromEntries(trusts) }),
      csv: () => ({ columns: COLUMNS, rows: accountTable.visibleRows() }) }));
    const chartRows = rows.map((a) => ({ label: a.name, values: {
      admins: a.counts.admins, escalations: a.counts.escalations, external: a.trusts.external, findings: a.counts.findings } }));
    f.body.append(el('div', { class: 'org' },
      el('section', { class: 'org-tree', 'aria-label': 'OU tree' },
        el('p', { class: 'hint' }, 'Management account ' + raw.managementAccount +
          (graph.truncated ? ' · trust counts cover the first part of a truncated graph' : '')),
        el('ul', { class: 'ous root' }, (raw.roots || []).map((r) => tree(r, accounts))),
        raw.standalone && raw.standalone.length ?
          el('ul', { class: 'accounts' }, raw.standalone.map((a) => accountCard(accounts.get(a.id)))) : null),
      el('section', { class: 'org-charts', 'aria-label': 'Charts' },
        el('h3', {}, 'Per account'),
        barChart(chartRows, [
          { key: 'admins', label: 'admins', className: 's-admins' },
          { key: 'escalations', label: 'escalations', className: 's-escalations' },
          { key: 'external', label: 'external trusts', className: 's-external' },
          { key: 'findings', label: 'findings', className: 's-findings' },
        ], 'Admins, escalations, external trusts and findings per account'),
        el('h3', {}, 'Principals'),
        donut([
          { label: 'admins', value: admins, className: 's-admins' },
          { label: 'others', value: principals - admins, className: 's-others' },
        ], 'Admins among all principals'))),
    el('h3', {}, 'Accounts'), accountTable.element);
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return null;
}
