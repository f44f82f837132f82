// Findings for access reviews as a table with filters and sorting; a row opens its path to admin
// when it has one, else the node it is about.
import { get } from '../api.js';
import { el } from '../dom.js';
import { shortName, plural } from '../format.js';
import { organization } from '../organization.js';
import { exportBar } from '../exporter.js';
import { table } from '../table.js';
import { SEVERITIES, severityRank, findingHref } from '../findingsFormat.js';
import { frame, failure } from './frame.js';
import { routeSelect, textFilter, accountOptions } from './filters.js';

const COLUMNS = [
  { label: 'severity', value: (f) => severityRank(f.severity), csv: (f) => f.severity,
    render: (f) => el('span', { class: 'badge sev-' + String(f.severity || '').toLowerCase() }, f.severity || '') },
  { label: 'type', value: (f) => f.type || '' },
  { label: 'account', value: (f) => f.account || '' },
  { label: 'resource', value: (f) => shortName(f.resource), csv: (f) => f.resource },
  { label: 'finding', value: (f) => f.title || '' },
  { label: 'remediation', value: (f) => f.remediation || '', csvOnly: true },
  { label: 'evidence', value: (f) => (f.evidence || []).join('\n'), csvOnly: true },
  { label: 'id', value: (f) => f.id || '', csvOnly: true },
];

export async function findingsView(container, args, params, isStale) {
  const f = frame(container, 'Findings');
  f.counts.textContent = 'Loading…';
  let result = null;
  let view = null;
  try {
    const [data, org] = await Promise.all([
      get('findings', { severity: params.get('severity'), type: params.get('type'), account: params.get('account') }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    result = data;
    const rows = data.findings;
    const bySeverity = SEVERITIES.map((s) => [s, rows.filter((x) => x.severity === s).length]).filter(([, n]) => n);
    f.counts.textContent = plural(rows.length, 'finding') +
      (bySeverity.length ? ' · ' + bySeverity.map(([s, n]) => n + ' ' + s.toLowerCase()).join(', ') : '');
    view = table({
      caption: 'Findings',
      columns: COLUMNS,
      rows,
      sortBy: 0,
      onOpen: (x) => { const target = findingHref(x); if (target) { location.hash = target; } },
      rowLabel: (x) => `${x.severity} ${x.title || x.type}`,
    });
    const types = [...new Set(rows.map((x) => x.type).filter(Boolean))].sort();
    if (params.get('type') && !types.includes(params.get('type'))) { types.push(params.get('type')); }
    f.controls.append(
      textFilter('findings-filter', 'Filter findings', (t) => view.filter((x) => !t || JSON.stringify(x).toLowerCase().includes(t))),
      routeSelect('findings-severity', 'severities', SEVERITIES.map((s) => [s, s.toLowerCase()]), 'findings', params, 'severity'),
      routeSelect('findings-type', 'types', types.map((t) => [t, t.toLowerCase().replace(/_/g, ' ')]), 'findings', params, 'type'),
      routeSelect('findings-account', 'accounts', accountOptions(org), 'findings', params, 'account'),
      exportBar({ name: 'findings', json: () => result, csv: () => ({ columns: COLUMNS, rows: view.visibleRows() }) }));
    f.body.append(rows.length ? view.element : el('p', { class: 'empty' }, 'No findings match.'));
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return null;
}
