// Plain SVG charts, drawn here (no chart library): colors come from CSS classes, not attributes,
// so they follow light and dark mode and need no inline style.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) { node.setAttribute(key, String(value)); }
  if (text !== undefined) { node.textContent = text; }
  return node;
}

/**
 * Horizontal grouped bars: one group per row, one bar per series.
 * rows: [{label, values: {key: number}}], series: [{key, label, className}]
 */
export function barChart(rows, series, title) {
  const bar = 12;
  const gap = 10;
  const labelWidth = 190;
  const width = 640;
  const plot = width - labelWidth - 40;
  const groupHeight = series.length * bar + gap;
  const height = rows.length * groupHeight + 40;
  const max = Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] || 0)));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title });
  root.append(svg('title', {}, title));
  rows.forEach((row, i) => {
    const top = i * groupHeight + 8;
    root.append(svg('text', { x: labelWidth - 8, y: top + (series.length * bar) / 2 + 4, 'text-anchor': 'end', class: 'chart-label' }, row.label));
    series.forEach((s, j) => {
      const value = row.values[s.key] || 0;
      const y = top + j * bar;
      const w = (value / max) * plot;
      const rect = svg('rect', { x: labelWidth, y, width: Math.max(w, value ? 2 : 0), height: bar - 2, class: 'bar ' + s.className });
      rect.append(svg('title', {}, `${row.label}: ${value} ${s.label}`));
      root.append(rect, svg('text', { x: labelWidth + w + 4, y: y + bar - 3, class: 'chart-value' }, value));
    });
  });
  let x = labelWidth;
  const legendY = height - 12;
  for (const s of series) {
    root.append(svg('rect', { x, y: legendY - 9, width: 10, height: 10, class: 'bar ' + s.className }),
      svg('text', { x: x + 14, y: legendY, class: 'chart-label' }, s.label));
    x += 24 + s.label.length * 7;
  }
  return root;
}

/** A donut of parts [{label, value, className}] with the total in the middle. */
export function donut(parts, title) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const root = svg('svg', { viewBox: '0 0 220 140', class: 'chart donut', role: 'img', 'aria-label': title });
  root.append(svg('title', {}, title));
  const r = 50;
  const c = 2 * Math.PI * r;
  let offset = 0;
  for (const p of parts) {
    const length = total ? (p.value / total) * c : 0;
    const circle = svg('circle', { cx: 60, cy: 65, r, fill: 'none', 'stroke-width': 18,
      'stroke-dasharray': `${length} ${c - length}`, 'stroke-dashoffset': -offset,
      transform: 'rotate(-90 60 65)', class: 'arc ' + p.className });
    circle.append(svg('title', {}, `${p.label}: ${p.value}`));
    root.append(circle);
    offset += length;
  }
  root.append(svg('text', { x: 60, y: 70, 'text-anchor': 'middle', class: 'chart-total' }, total));
  parts.forEach((p, i) => root.append(
    svg('rect', { x: 125, y: 30 + i * 20, width: 10, height: 10, class: 'bar ' + p.className }),
    svg('text', { x: 140, y: 39 + i * 20, class: 'chart-label' }, `${p.label} ${p.value}`)));
  return root;
}
