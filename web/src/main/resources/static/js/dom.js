// Small DOM helpers. Everything the app shows goes through textContent (never innerHTML), so a
// policy document or a tag value can never inject markup.

/** el('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child...) */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

export const $ = (id) => document.getElementById(id);

/** Replaces node's children, skipping null / false ones (replaceChildren would print "null"). */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A definition list from [term, value] pairs; values may be nodes; empty values are skipped. */
export function definitions(pairs) {
  const dl = el('dl');
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === '' ||
        (Array.isArray(value) && value.length === 0)) {
      continue;
    }
    dl.append(el('dt', {}, term), el('dd', {}, value));
  }
  return dl;
}

/** A bulleted list of strings or nodes. */
export function list(items, className) {
  return el('ul', { class: className }, items.map((item) => el('li', {}, item)));
}

/** A collapsible section, open unless told otherwise. */
export function section(title, content, open = true) {
  return el('details', { class: 'section', open }, el('summary', {}, title), content);
}

/** Pretty-printed JSON in a <pre>; documents come from the API already parsed. */
export function json(value) {
  return el('pre', { class: 'json' }, JSON.stringify(value, null, 2));
}

/** A link to a route; the label defaults to the short name of an ARN. */
export function routeLink(hash, label) {
  return el('a', { href: hash }, label);
}

export function button(label, onclick, attrs = {}) {
  return el('button', { type: 'button', onclick, ...attrs }, label);
}

export function status(message) {
  $('status').textContent = message || '';
}
