// What the page exposes on window.accessgraph for browser tests and the curious: CSP violations
// seen, the exports made, the number of views rendered and the graph on screen (Cytoscape core).
export const probe = window.accessgraph = window.accessgraph || { cspViolations: [], exports: [], rendered: 0, cy: null };
