// Hash routes, so every view is a link: #/node/ID, #/blast/ID?conditional=false,
// #/paths/FROM/TO, #/escalations, #/findings, #/org. Path segments are URI-encoded ARNs.

const routes = new Map();
let cleanup = null;
let renderCount = 0;

/** view: async (container, args, params) => optional cleanup function */
export function route(name, view) {
  routes.set(name, view);
}

export function parse(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, query] = raw.split('?', 2);
  const parts = path.split('/').filter((p) => p !== '').map(decodeURIComponent);
  return { name: parts[0] || '', args: parts.slice(1), params: new URLSearchParams(query || '') };
}

export function href(name, args = [], params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const path = [name, ...args.map(encodeURIComponent)].join('/');
  return '#/' + path + (query.toString() ? '?' + query : '');
}

export function go(name, args, params) {
  location.hash = href(name, args, params);
}

/** Replaces the query of the current route without adding a history entry per toggle. */
export function replaceParams(params) {
  const current = parse(location.hash);
  const merged = Object.fromEntries(current.params);
  Object.assign(merged, params);
  history.replaceState(null, '', href(current.name, current.args, merged));
}

export async function render(container, fallback) {
  const { name, args, params } = parse(location.hash);
  const view = routes.get(name) || routes.get(fallback);
  if (cleanup) {
    try { cleanup(); } catch (e) { /* a view that failed to clean up must not block the next */ }
    cleanup = null;
  }
  const mine = ++renderCount;
  container.replaceChildren();
  document.querySelectorAll('[data-nav]').forEach((a) =>
    a.setAttribute('aria-current', a.dataset.nav === name ? 'page' : 'false'));
  const result = await view(container, args, params, () => mine !== renderCount);
  if (mine === renderCount) {
    cleanup = typeof result === 'function' ? result : null;
  } else if (typeof result === 'function') {
    result();
  }
}
