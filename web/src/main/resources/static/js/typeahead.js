// Type-ahead over /api/search (principals, instances, accounts, access key ids) as an ARIA
// combobox: arrows move, Enter picks, Escape closes. Used by the header search and the path form.
import { get } from './api.js';
import { el } from './dom.js';
import { kindLabel } from './format.js';

const SIZE = 12;
let ids = 0;

/** input: <input>, listbox: <ul>, onPick(hit): called with a SearchHit. */
export function typeahead(input, listbox, onPick) {
  const prefix = 'ta' + (++ids) + '-';
  let hits = [];
  let active = -1;
  let timer = null;
  let sequence = 0;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  listbox.setAttribute('role', 'listbox');

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && listbox.children[index]) {
      input.setAttribute('aria-activedescendant', listbox.children[index].id);
      listbox.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (hit) => {
    close();
    onPick(hit);
  };
  const show = (result) => {
    hits = result.items;
    listbox.replaceChildren(...hits.map((hit, i) => el('li', {
      id: prefix + i, role: 'option', 'aria-selected': 'false', dataset: { arn: hit.arn || hit.id },
      onmousedown: (event) => { event.preventDefault(); pick(hit); },
    }, el('span', { class: 'hit-name' }, hit.name || hit.id),
    el('span', { class: 'hit-kind' }, kindLabel(hit.kind) + (hit.account ? ' · ' + hit.account : '')),
    el('span', { class: 'hit-arn' }, hit.arn || hit.id))));
    if (result.total > hits.length) {
      listbox.append(el('li', { class: 'more', role: 'presentation' },
        (result.total - hits.length) + ' more: type more to narrow'));
    }
    if (hits.length === 0) {
      listbox.append(el('li', { class: 'more', role: 'presentation' }, 'Nothing matches “' + result.query + '”'));
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };
  const search = () => {
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    const mine = ++sequence;
    get('search', { q, size: SIZE })
      .then((result) => { if (mine === sequence && document.activeElement === input) { show(result); } })
      .catch((e) => { if (mine === sequence) { show({ query: q, total: 0, items: [] }); input.title = e.message; } });
  };
  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  };
  const onKey = (event) => {
    if (event.key === 'ArrowDown' && !listbox.hidden) {
      highlight(Math.min(hits.length - 1, active + 1));
    } else if (event.key === 'ArrowUp' && !listbox.hidden) {
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      if (!listbox.hidden && active >= 0) { pick(hits[active]); }
    } else if (event.key === 'Escape') {
      close();
    } else {
      return;
    }
    event.preventDefault();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
