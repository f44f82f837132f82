// Who can become admin of an account: every principal or instance reaching the account's admin,
// with hops and methods; a row opens the path to the admin principal it passes through.
import { get } from '../api.js';
import { el } from '../dom.js';
import { shortName, kindLabel, plural } from '../format.js';
import { organization } from '../organization.js';
import { go } from '../router.js';
import { exportBar } from '../exporter.js';
import { table } from '../table.js';
import { frame, failure } from './frame.js';
import { textFilter } from './filters.js';

const COLUMNS = [
  { label: 'principal', value: (r) => shortName(r.arn), csv: (r) => r.arn },
  { label: 'kind', value: (r) => kindLabel(r.kind) },
  { label: 'account', value: (r) => r.account || '' },
  { label: 'hops', value: (r) => r.hops, numeric: true },
  { label: 'already admin', value: (r) => (r.admin ? 'admin' : '') },
  { label: 'via', value: (r) => r.path.map((s) => s.method).join(' → ') },
];

/** The admin principal a path ends in (the step before the account-admin node). */
function adminOnPath(row) {
  const last = row.path[row.path.length - 1];
  return last ? last.from : row.arn;
}

export async function adminsView(container, args, params, isStale) {
  const account = args[0];
  const f = frame(container, 'Who can become admin of ' + account);
  f.counts.textContent = 'Loading…';
  try {
    const [data, org] = await Promise.all([
      get('who-can-reach', { adminOf: account, conditional: params.get('conditional') !== 'false' }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    const name = org && org.accounts.get(account) ? org.accounts.get(account).name + ' ' : '';
    f.heading.textContent = 'Who can become admin of ' + name + account;
    const rows = data.reaching;
    const outside = rows.filter((r) => r.account !== account).length;
    f.counts.textContent = `${plural(rows.length, 'principal')} · ${rows.filter((r) => r.admin).length} admin already · ${outside} from other accounts`;
    const view = table({
      caption: 'Who can become admin', columns: COLUMNS, rows, sortBy: 3,
      onOpen: (r) => {
        const target = adminOnPath(r);
        if (target === r.arn) { go('node', [r.arn]); } else { go('paths', [r.arn, target]); }
      },
      rowLabel: (r) => shortName(r.arn) + ', ' + plural(r.hops, 'hop'),
    });
    f.controls.append(
      textFilter('admins-filter', 'Filter by ARN or method', (t) => view.filter((r) =>
        !t || (r.arn + ' ' + r.path.map((s) => s.method).join(' ')).toLowerCase().includes(t))),
      exportBar({ name: 'admins-of-' + account, json: () => data, csv: () => ({ columns: COLUMNS, rows: view.visibleRows() }) }));
    f.body.append(rows.length ? view.element : el('p', { class: 'empty' }, 'Nobody reaches admin of this account.'));
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return null;
}
