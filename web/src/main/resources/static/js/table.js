// A sortable table with a row cap and "show more". Rows are focusable: Up/Down move, Enter (or a
// click) opens the row. columns: [{label, value(row), render?(row), csv?(row), numeric?, csvOnly?}]

const CAP = 100;

export function table({ columns: allColumns, rows, onOpen, caption, sortBy = 0, descending = false, rowLabel }) {
  // csvOnly columns (long remediation text, evidence) go to the CSV export but not on screen.
  const columns = allColumns.filter((c) => !c.csvOnly);
  const wrapper = document.createElement('div');
  wrapper.className = 'table-wrap';
  const summary = document.createElement('p');
  summary.className = 'table-summary';
  summary.setAttribute('aria-live', 'polite');
  const tableEl = document.createElement('table');
  const captionEl = document.createElement('caption');
  captionEl.className = 'visually-hidden';
  captionEl.textContent = caption || '';
  const thead = document.createElement('thead');
  const tbody = document.createElement('tbody');
  tableEl.append(captionEl, thead, tbody);
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'show-more';
  wrapper.append(summary, tableEl, more);

  let current = rows;
  let shown = CAP;
  let sortColumn = sortBy;
  let sortDescending = descending;

  const compare = (a, b) => {
    const column = columns[sortColumn];
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' && typeof y === 'number' ?
      x - y : String(x ?? '').localeCompare(String(y ?? ''), undefined, { numeric: true });
    return sortDescending ? -order : order;
  };

  const header = () => {
    const tr = document.createElement('tr');
    columns.forEach((column, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      const sortButton = document.createElement('button');
      sortButton.type = 'button';
      sortButton.className = 'sort';
      sortButton.textContent = column.label + (i === sortColumn ? (sortDescending ? ' ▼' : ' ▲') : '');
      sortButton.addEventListener('click', () => {
        sortDescending = i === sortColumn ? !sortDescending : false;
        sortColumn = i;
        render();
      });
      th.setAttribute('aria-sort', i === sortColumn ? (sortDescending ? 'descending' : 'ascending') : 'none');
      if (column.numeric) { th.className = 'numeric'; }
      th.append(sortButton);
      tr.append(th);
    });
    thead.replaceChildren(tr);
  };

  const body = () => {
    const sorted = [...current].sort(compare);
    const visible = sorted.slice(0, shown);
    tbody.replaceChildren(...visible.map((row) => {
      const tr = document.createElement('tr');
      tr.tabIndex = 0;
      if (rowLabel) { tr.setAttribute('aria-label', rowLabel(row)); }
      for (const column of columns) {
        const td = document.createElement('td');
        if (column.numeric) { td.className = 'numeric'; }
        const content = column.render ? column.render(row) : column.value(row);
        td.append(content instanceof Node ? content : document.createTextNode(content ?? ''));
        tr.append(td);
      }
      tr.addEventListener('click', (event) => {
        if (!event.target.closest('a, button') && onOpen) { onOpen(row); }
      });
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && onOpen && event.target === tr) { onOpen(row); }
        else if (event.key === 'ArrowDown' && tr.nextElementSibling) { tr.nextElementSibling.focus(); }
        else if (event.key === 'ArrowUp' && tr.previousElementSibling) { tr.previousElementSibling.focus(); }
        else { return; }
        event.preventDefault();
      });
      return tr;
    }));
    summary.textContent = current.length === rows.length ?
      `${current.length} rows` : `${current.length} of ${rows.length} rows match`;
    if (visible.length < current.length) {
      summary.textContent += ` · showing the first ${visible.length}`;
      more.hidden = false;
      more.textContent = `Show ${Math.min(CAP, current.length - visible.length)} more`;
    } else {
      more.hidden = true;
    }
  };

  const render = () => { header(); body(); };
  more.addEventListener('click', () => { shown += CAP; body(); });
  render();

  return {
    element: wrapper,
    /** Keeps the rows passing the predicate; the cap starts over. */
    filter(predicate) {
      current = rows.filter(predicate);
      shown = CAP;
      body();
    },
    /** The rows passing the filter, in the order shown: what a CSV export should hold. */
    visibleRows() {
      return [...current].sort(compare);
    },
  };
}
