// Paths between two nodes: the k shortest, drawn left to right; clicking an edge (in the graph or
// in the list) explains it. #/paths/FROM/TO?k=3&conditional=false&edge=PATH.STEP
import { get } from '../api.js';
import { el, button } from '../dom.js';
import { shortName, plural } from '../format.js';
import { draw } from '../graph.js';
import { organization } from '../organization.js';
import { go, replaceParams } from '../router.js';
import { showEdge } from '../edgePanel.js';
import { showNode } from '../nodePanel.js';
import { exportBar } from '../exporter.js';
import { typeahead } from '../typeahead.js';
import { frame, graphLayout, failure } from './frame.js';

function picker(id, label, value) {
  const input = el('input', { id, type: 'text', value: value || '', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'ARN, instance id, access key id, or search' });
  const listbox = el('ul', { id: id + '-results', class: 'typeahead', hidden: true });
  typeahead(input, listbox, (hit) => { input.value = hit.arn || hit.id; });
  return { input, element: el('div', { class: 'picker' }, el('label', { for: id }, label), input, listbox) };
}

function form(from, to, params) {
  const a = picker('path-from', 'From', from);
  const b = picker('path-to', 'To', to);
  const k = el('input', { id: 'path-k', type: 'number', min: 1, max: 20, value: params.get('k') || 3 });
  const conditional = el('input', { type: 'checkbox', id: 'path-conditional', checked: params.get('conditional') !== 'false' });
  return el('form', { class: 'path-form', onsubmit: (event) => {
    event.preventDefault();
    if (a.input.value.trim() && b.input.value.trim()) {
      go('paths', [a.input.value.trim(), b.input.value.trim()],
        { k: k.value, conditional: conditional.checked ? null : 'false' });
    }
  } }, a.element, b.element,
  el('label', {}, 'paths ', k), el('label', { class: 'toggle' }, conditional, ' conditional edges'),
  el('button', { type: 'submit' }, 'Find paths'));
}

function pathList(result, onStep) {
  if (result.paths.length === 0) {
    return el('p', { class: 'empty' }, 'No path within the hop limit. Try including conditional edges or more hops.');
  }
  return el('ol', { class: 'paths' }, result.paths.map((path, p) => el('li', {},
    el('p', { class: 'path-head' }, `Path ${p + 1}: ${plural(path.hops, 'hop')}` + (path.conditional ? ' · conditional' : '')),
    el('ol', { class: 'steps' }, path.edges.map((edge, s) => el('li', {},
      button(`${shortName(edge.from)} → ${shortName(edge.to)}`, () => onStep(edge, p, s),
        { class: 'link step', dataset: { step: p + '.' + s } }),
      ' ', el('code', { class: 'method-id' }, edge.method),
      edge.conditional ? el('span', { class: 'badge' }, 'conditional') : null))))));
}

export async function pathsView(container, args, params, isStale) {
  const [from, to] = args;
  const f = frame(container, 'Paths');
  const controls = form(from, to, params);
  f.controls.append(controls);
  if (!from || !to) {
    f.counts.textContent = 'Choose where to start and where to end.';
    f.body.append(el('p', { class: 'hint' }, 'Tip: the escalations and findings tables open their paths here.'));
    return null;
  }
  const layout = graphLayout(f.body);
  const conditional = params.get('conditional') !== 'false';
  const k = Number(params.get('k')) || 3;
  let handle = null;
  let result = null;
  let graph = null;
  f.controls.append(exportBar({ name: 'paths-' + shortName(from) + '-' + shortName(to),
    png: () => handle, json: () => ({ paths: result, graph }) }));
  f.counts.textContent = 'Loading…';
  try {
    let org;
    [result, graph, org] = await Promise.all([
      get('paths', { from, to, k, conditional }),
      get('graph/paths', { from, to, k, conditional }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    f.heading.textContent = `Paths: ${shortName(result.from)} → ${shortName(result.to)}`;
    f.counts.textContent = plural(result.paths.length, 'path') +
      (result.paths.length ? ', shortest ' + plural(result.paths[0].hops, 'hop') : '');
    const list = () => el('div', {}, el('h2', {}, 'Paths'), pathList(result, step));
    const back = () => button('← All paths', () => layout.panel.replaceChildren(list()), { class: 'link back' });
    function step(edge, p, s) {
      replaceParams({ edge: p + '.' + s });
      if (handle) {
        handle.cy.elements().unselect();
        handle.cy.edges().filter((x) => x.data('source') === edge.from && x.data('target') === edge.to).select();
      }
      return showEdge(layout.panel, edge).then(() => layout.panel.prepend(back()));
    }
    handle = draw(layout.graph, graph, {
      roots: [result.from], org,
      onNode: (data) => showNode(layout.panel, data.id, (e) => showEdge(layout.panel, e))
        .then(() => layout.panel.prepend(back())),
      onEdge: (data) => showEdge(layout.panel, data).then(() => layout.panel.prepend(back())),
    });
    layout.panel.replaceChildren(list());
    const [p, s] = (params.get('edge') || '').split('.').map(Number);
    if (result.paths[p] && result.paths[p].edges[s]) {
      await step(result.paths[p].edges[s], p, s);
    }
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return () => handle && handle.destroy();
}
