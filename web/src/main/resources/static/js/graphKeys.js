// Keyboard navigation inside a graph: arrows walk the nodes left to right / top to bottom, Tab-free
// "e" walks the edges of the current node, Enter opens what is selected, + / - / 0 zoom and fit.

function ordered(cy) {
  return cy.nodes().filter((n) => !n.isParent()).sort((a, b) =>
    a.position('x') - b.position('x') || a.position('y') - b.position('y'));
}

function focus(cy, element) {
  cy.elements().unselect();
  element.select();
  cy.animate({ center: { eles: element }, duration: 150 });
}

export function bindKeys(container, cy, options) {
  container.setAttribute('tabindex', '0');
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute('aria-label',
    'Graph. Arrow keys: move between nodes; E: next edge of the node; Enter: details; + - 0: zoom');
  let edgeIndex = -1;
  let anchor = null; // the node whose edges "e" walks, kept while its edges are selected
  const handler = (event) => {
    const nodes = ordered(cy);
    if (nodes.length === 0) { return; }
    const selected = cy.$(':selected');
    const current = selected.nonempty() ? selected[0] : null;
    if (current && current.isNode() && current !== anchor) {
      anchor = current;
      edgeIndex = -1;
    }
    const node = anchor && anchor.inside() ? anchor : null;
    let index = node ? nodes.indexOf(node) : -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        index = (index + 1) % nodes.length;
        edgeIndex = -1;
        anchor = nodes[index];
        focus(cy, anchor);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        index = index <= 0 ? nodes.length - 1 : index - 1;
        edgeIndex = -1;
        anchor = nodes[index];
        focus(cy, anchor);
        break;
      case 'e':
      case 'E': {
        const start = node || nodes[0];
        anchor = start;
        const connected = start.connectedEdges();
        if (connected.empty()) { return; }
        edgeIndex = (edgeIndex + 1) % connected.length;
        focus(cy, connected[edgeIndex]);
        break;
      }
      case 'Enter':
        if (!current) { return; }
        if (current.isNode() && options.onNode) { options.onNode(current.data()); }
        if (current.isEdge() && options.onEdge) { options.onEdge(current.data()); }
        break;
      case '+':
      case '=':
        cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '-':
        cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '0':
        cy.fit(undefined, 40);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  container.addEventListener('keydown', handler);
  return () => container.removeEventListener('keydown', handler);
}
