// Node view: a node and its neighbourhood (callers to the left, what it reaches to the right),
// with its details panel.
import { cached, get } from '../api.js';
import { el, button } from '../dom.js';
import { shortName, plural } from '../format.js';
import { draw } from '../graph.js';
import { organization } from '../organization.js';
import { go } from '../router.js';
import { showEdge } from '../edgePanel.js';
import { showNode } from '../nodePanel.js';
import { exportBar } from '../exporter.js';
import { frame, graphLayout, failure } from './frame.js';

const CAP = 200;

export async function nodeView(container, args, params, isStale) {
  const id = args[0];
  const depth = Math.min(4, Math.max(1, Number(params.get('depth')) || 1));
  const f = frame(container, shortName(id));
  const layout = graphLayout(f.body);
  const depthSelect = el('select', { id: 'depth', 'aria-label': 'Neighbourhood depth' },
    [1, 2, 3, 4].map((d) => el('option', { value: d, selected: d === depth }, plural(d, 'hop'))));
  depthSelect.addEventListener('change', () => go('node', [id], { depth: depthSelect.value }));
  let handle = null;
  let graph = null;
  let detail = null;
  f.controls.append(el('label', {}, 'depth ', depthSelect),
    exportBar({ name: 'node-' + shortName(id), png: () => handle, json: () => ({ node: detail, graph }) }));
  f.counts.textContent = 'Loading…';
  try {
    let org;
    [detail, graph, org] = await Promise.all([
      cached('node', { id, page: 0, size: 50 }),
      get('graph/node', { id, depth }),
      organization().catch(() => null),
    ]);
    if (isStale()) { return null; }
    f.heading.textContent = detail.name || shortName(detail.arn);
    const nodes = graph.nodes.filter((n) => n.data.kind !== 'ACCOUNT_GROUP').length;
    f.counts.textContent = `${plural(nodes, 'node')}, ${plural(graph.edges.length, 'edge')} within ` +
      `${plural(depth, 'hop')} · ${detail.outbound.total} out, ${detail.inbound.total} in`;
    const back = () => button('← ' + (detail.name || shortName(detail.arn)), () => details(detail.arn), { class: 'link back' });
    const edge = (e) => showEdge(layout.panel, e).then(() => layout.panel.prepend(back()));
    const details = (arn) => showNode(layout.panel, arn, edge).then(() => {
      if (arn !== detail.arn) { layout.panel.prepend(back()); }
    });
    handle = draw(layout.graph, graph, {
      roots: [detail.arn], inbound: true, org, cap: CAP,
      onNode: (data) => details(data.id),
      onEdge: edge,
    });
    if (graph.truncated || handle.hidden > 0) {
      layout.notice.hidden = false;
      layout.notice.textContent = `Showing the ${handle.shown} nearest of ${handle.total} nodes; ` +
        'open a neighbour to explore further.';
    }
    handle.cy.getElementById(detail.arn).select();
    await details(detail.arn);
  } catch (e) {
    f.counts.textContent = '';
    failure(f.body, e);
  }
  return () => handle && handle.destroy();
}
