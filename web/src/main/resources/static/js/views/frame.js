// The frame every view shares: a title bar with counts, controls and export buttons, then the
// content (a graph with a side panel, or a table).
import { el } from '../dom.js';

export function frame(container, title) {
  const heading = el('h2', { id: 'view-title' }, title);
  const counts = el('p', { id: 'counts', class: 'counts', 'aria-live': 'polite' });
  const controls = el('div', { class: 'controls' });
  const bar = el('div', { class: 'toolbar' }, el('div', { class: 'title' }, heading, counts), controls);
  const body = el('div', { class: 'view-body' });
  container.append(bar, body);
  return { heading, counts, controls, body };
}

/** A graph area with a notice line (caps) above it and a details panel beside it. */
export function graphLayout(body) {
  const notice = el('div', { id: 'graph-notice', class: 'notice', hidden: true });
  const graph = el('div', { id: 'graph', class: 'graph' });
  const panel = el('aside', { id: 'panel', class: 'panel', 'aria-live': 'polite', tabindex: '-1' });
  body.classList.add('with-graph');
  body.append(el('div', { class: 'graph-column' }, notice, graph, legend()), panel);
  return { notice, graph, panel };
}

export function legend() {
  const item = (swatch, text) => el('li', {}, el('span', { class: 'swatch ' + swatch }), text);
  return el('ul', { class: 'legend', 'aria-label': 'Legend' },
    item('instance', 'EC2 instance'), item('role', 'role'), item('user', 'user / group'),
    item('outside', 'external account / federated'), item('admin', 'admin'),
    item('account-admin', 'admin of an account'), item('line conditional', 'conditional edge'),
    item('line escalate', 'escalation (not assume)'),
    el('li', { class: 'hint' }, 'Boxes: accounts, tinted by OU. Keys: arrows, E, Enter, + - 0'));
}

export function failure(container, error) {
  if (error && error.status === 401) { return; }
  container.append(el('p', { class: 'error', role: 'alert' }, 'Could not load: ' + (error && error.message)));
}
