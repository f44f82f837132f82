// Filter controls shared by the tables: selects that change the route (server-side filters) and a
// text box that filters the rows already loaded.
import { el } from '../dom.js';
import { go } from '../router.js';

/** A select whose change re-routes with params[key] = value (and keeps the other params). */
export function routeSelect(id, label, options, route, params, key) {
  const select = el('select', { id, 'aria-label': label },
    el('option', { value: '' }, 'all ' + label),
    options.map(([value, text]) => el('option', { value, selected: params.get(key) === value }, text)));
  select.addEventListener('change', () => {
    const next = Object.fromEntries(params);
    next[key] = select.value || null;
    go(route, [], next);
  });
  return el('label', {}, select);
}

/** A text filter calling onChange(lowercased text) as the user types. */
export function textFilter(id, placeholder, onChange) {
  const input = el('input', { id, type: 'search', placeholder, 'aria-label': placeholder });
  input.addEventListener('input', () => onChange(input.value.trim().toLowerCase()));
  return input;
}

/** The accounts of the organization as select options: [id, "name id"]. */
export function accountOptions(org) {
  return org ? [...org.accounts.values()].map((a) => [a.id, a.name + ' ' + a.id]) : [];
}

export function ouOptions(org) {
  return org ? org.ous.map((o) => [o.id, o.path.join(' / ')]) : [];
}
