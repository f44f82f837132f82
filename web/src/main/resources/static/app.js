'use strict';
// The first page of the web view: sign in with the API token, then draw the access graph.
// No inline script or style anywhere: the server's Content-Security-Policy forbids them.
(function () {
  const TOKEN_KEY = 'accessgraph.token';
  const $ = (id) => document.getElementById(id);
  let cy = null;

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  async function api(path) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token() } });
    if (response.status === 401) {
      signOut('The token was refused. Check it and sign in again.');
      throw new Error('unauthorized');
    }
    const body = await response.json();
    if (!response.ok) { throw new Error(body.detail || response.statusText); }
    return body;
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    if (cy) { cy.destroy(); cy = null; }
    $('explorer').hidden = true;
    $('sign-in').hidden = false;
    $('sign-out').hidden = true;
    $('summary').textContent = '';
    $('sign-in-error').textContent = message || '';
  }

  async function showGraph() {
    $('sign-in').hidden = true;
    $('explorer').hidden = false;
    $('sign-out').hidden = false;
    const graph = await api('api/graph');
    const nodes = graph.nodes.filter((n) => n.data.kind !== 'ACCOUNT_GROUP').length;
    $('summary').textContent = nodes + ' nodes, ' + graph.edges.length + ' edges'
      + (graph.truncated ? ' (truncated)' : '');
    draw(graph);
  }

  function css(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function draw(graph) {
    cy = cytoscape({
      container: $('graph'),
      elements: { nodes: graph.nodes, edges: graph.edges },
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', color: css('--fg'), 'font-size': 10, 'text-valign': 'bottom',
          'text-margin-y': 4, 'background-color': css('--role'), width: 22, height: 22 } },
        { selector: 'node[kind = "USER"]', style: { 'background-color': css('--user') } },
        { selector: 'node[kind = "EC2_INSTANCE"]', style: { 'background-color': css('--instance'), shape: 'round-rectangle' } },
        { selector: 'node[kind = "ACCOUNT"], node[kind = "FEDERATED_PRINCIPAL"]', style: { 'background-color': css('--outside'), shape: 'diamond' } },
        { selector: 'node[?admin]', style: { 'border-width': 4, 'border-color': css('--admin') } },
        { selector: 'node[kind = "ACCOUNT_GROUP"]', style: {
          'background-color': css('--panel'), 'background-opacity': 0.6, 'border-color': css('--border'),
          'border-width': 1, shape: 'round-rectangle', 'text-valign': 'top', 'font-size': 12, color: css('--muted') } },
        { selector: 'edge', style: {
          width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'line-color': css('--muted'), 'target-arrow-color': css('--muted') } },
        { selector: 'edge[?conditional]', style: { 'line-style': 'dashed' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': css('--accent'), 'line-color': css('--accent'), 'target-arrow-color': css('--accent') } },
      ],
      layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 20 },
    });
    cy.on('tap', 'node, edge', (event) => showDetails(event.target));
  }

  function row(dl, term, value) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }

  function showDetails(element) {
    const data = element.data();
    const body = $('details-body');
    body.replaceChildren();
    const dl = document.createElement('dl');
    if (element.isNode()) {
      row(dl, 'name', data.label);
      row(dl, 'kind', data.kind);
      if (data.id && !data.id.startsWith('account:')) { row(dl, 'ARN', data.id); }
      if (data.account) { row(dl, 'account', data.account); }
      if (data.kind !== 'ACCOUNT_GROUP') { row(dl, 'admin', data.admin ? 'yes' : 'no'); }
      row(dl, 'can reach', String(element.outgoers('edge').length) + ' directly');
      row(dl, 'reached by', String(element.incomers('edge').length) + ' directly');
    } else {
      row(dl, 'from', data.source);
      row(dl, 'to', data.target);
      row(dl, 'kind', data.kind);
      row(dl, 'method', data.method);
      row(dl, 'conditional', data.conditional ? 'yes' : 'no');
    }
    body.append(dl);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
      $('token').value = '';
      showGraph().catch((e) => { if (e.message !== 'unauthorized') { $('summary').textContent = e.message; } });
    });
    $('sign-out').addEventListener('click', () => signOut());
    if (token()) { showGraph().catch(() => {}); }
  });
})();
