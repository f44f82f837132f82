// Exports of what is on screen: PNG of the graph (cy.png), JSON of the result the view shows, CSV
// of a table. Files are made in the browser from blob: URLs, so nothing leaves for another origin.
import { el } from './dom.js';
import { probe } from './probe.js';


export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  probe.exports.push({ name, type: blob.type, size: blob.size });
}

export function exportPng(cy, name) {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: getComputedStyle(document.body).backgroundColor });
  download(name + '.png', blob);
}

export function exportJson(value, name) {
  download(name + '.json', new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' }));
}

/** RFC 4180: quote every field, double the quotes; a leading = + - @ is prefixed with ' so a
 *  spreadsheet never runs an ARN or a policy as a formula. */
export function toCsv(columns, rows) {
  const field = (value) => {
    let text = value === undefined || value === null ? '' : String(value);
    if (/^[=+\-@]/.test(text)) { text = "'" + text; }
    return '"' + text.replace(/"/g, '""') + '"';
  };
  const lines = [columns.map((c) => field(c.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => field(c.csv ? c.csv(row) : c.value(row))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function exportCsv(columns, rows, name) {
  download(name + '.csv', new Blob([toCsv(columns, rows)], { type: 'text/csv' }));
}

/** The export buttons of a view: png (needs a graph handle getter), json, csv. */
export function exportBar({ png, json, csv, name }) {
  return el('span', { class: 'exports', role: 'group', 'aria-label': 'Export' },
    png ? el('button', { type: 'button', class: 'ghost', onclick: () => { const g = png(); if (g) { exportPng(g.cy, name); } } }, 'PNG') : null,
    json ? el('button', { type: 'button', class: 'ghost', onclick: () => exportJson(json(), name) }, 'JSON') : null,
    csv ? el('button', { type: 'button', class: 'ghost', onclick: () => { const t = csv(); exportCsv(t.columns, t.rows, name); } }, 'CSV') : null);
}
