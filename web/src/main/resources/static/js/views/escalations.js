// Escalations: every non-admin principal or instance that can reach an admin, as a table with
// filters and sorting; each row opens its path.
import { get } from '../api.js';
import { el } from '../dom.js';
import { shortName, accountOf, plural } from '../format.js';
import { organization } from '../organization.js';
import { go } from '../router.js';
import { exportBar } from '../exporter.js';
import { table } from '../table.js';
import { frame, failure } from './frame.js';
import { routeSelect, textFilter, accountOptions, ouOptions } from './filters.js';

const COLUMNS = [
  { label: 'principal', value: (r) => shortName(r.principal), csv: (r) => r.principal },
  { label: 'account', value: (r) => accountOf(r.principal) },
  { label: 'becomes', value: (r) => shortName(r.target), csv: (r) => r.target },
  { label: 'target account', value: (r) => accountOf(r.target) },
  { label: 'hops', value: (r) => r.hops, numeric: true },
  { label: 'methods', value: (r) => r.path.map((s) => s.method).join(' → ') },
  { label: 'conditional', value: (r) => (r.path.some((s) => s.conditional) ? 'conditional' : '') },
];

export async function escalationsView(container, args, params, isStale) {
  const f = frame(container, 'Escalations');
  f.counts.textContent = 'Loading…';
  const conditional = params.get('conditional') !== 'false';
  let result = null;
  let view = null;
  try {
    const [data, org] = await Promise.all([
      get('escalations', { account: params.get('account'), ou: params.get('ou'), conditional }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    result = data;
    const rows = data.escalations;
    const crossAccount = rows.filter((r) => accountOf(r.principal) !== accountOf(r.target)).length;
    f.counts.textContent = `${plural(rows.length, 'principal')} can become admin · ${crossAccount} across accounts`;
    view = table({
      caption: 'Escalations to admin',
      columns: COLUMNS,
      rows,
      sortBy: 4,
      onOpen: (r) => go('paths', [r.principal, r.target], { conditional: conditional ? null : 'false' }),
      rowLabel: (r) => `${shortName(r.principal)} becomes ${shortName(r.target)} in ${plural(r.hops, 'hop')}`,
    });
    let text = '';
    let onlyUnconditional = false;
    const apply = () => view.filter((r) =>
      (!text || (r.principal + ' ' + r.target + ' ' + r.path.map((s) => s.method).join(' ')).toLowerCase().includes(text)) &&
      (!onlyUnconditional || !r.path.some((s) => s.conditional)));
    const certain = el('input', { type: 'checkbox', id: 'only-unconditional' });
    certain.addEventListener('change', () => { onlyUnconditional = certain.checked; apply(); });
    const include = el('input', { type: 'checkbox', id: 'escalations-conditional', checked: conditional });
    include.addEventListener('change', () => {
      const next = Object.fromEntries(params);
      next.conditional = include.checked ? null : 'false';
      go('escalations', [], next);
    });
    f.controls.append(
      textFilter('escalations-filter', 'Filter by ARN or method', (t) => { text = t; apply(); }),
      routeSelect('escalations-account', 'accounts', accountOptions(org), 'escalations', params, 'account'),
      routeSelect('escalations-ou', 'OUs', ouOptions(org), 'escalations', params, 'ou'),
      el('label', { class: 'toggle' }, include, ' follow conditional edges'),
      el('label', { class: 'toggle' }, certain, ' only unconditional paths'),
      exportBar({ name: 'escalations', json: () => result,
        csv: () => ({ columns: COLUMNS, rows: view.visibleRows() }) }));
    f.body.append(rows.length ? view.element : el('p', { class: 'empty' }, 'No principal can escalate to admin.'));
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return null;
}
