// Light, dark or the system's choice. The choice is a preference, not a secret, so it lives in
// localStorage; graphs restyle on the 'accessgraph:theme' event.
const KEY = 'accessgraph.theme';
const ORDER = ['auto', 'light', 'dark'];

function apply(theme) {
  if (theme === 'auto') {
    delete document.documentElement.dataset.theme;
  } else {
    document.documentElement.dataset.theme = theme;
  }
  document.dispatchEvent(new Event('accessgraph:theme'));
}

export function initTheme(button) {
  let theme = localStorage.getItem(KEY) || 'auto';
  if (!ORDER.includes(theme)) { theme = 'auto'; }
  const show = () => { button.textContent = 'Theme: ' + theme; };
  apply(theme);
  show();
  button.addEventListener('click', () => {
    theme = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];
    localStorage.setItem(KEY, theme);
    apply(theme);
    show();
  });
}
