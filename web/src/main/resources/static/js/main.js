// Entry point: sign in / out, the header search, the theme switch and the hash routes.
import { $, status } from './dom.js';
import { get, clearCache } from './api.js';
import { token, signIn, signOut, onSignOut } from './session.js';
import { route, render, go } from './router.js';
import { typeahead } from './typeahead.js';
import { initTheme } from './theme.js';
import { probe } from './probe.js';
import { forget } from './organization.js';
import { nodeView } from './views/node.js';
import { blastView } from './views/blast.js';
import { pathsView } from './views/paths.js';
import { escalationsView } from './views/escalations.js';
import { findingsView } from './views/findings.js';
import { organizationView } from './views/organization.js';
import { adminsView } from './views/admins.js';

// Anything the Content-Security-Policy blocks is counted, so tests (and users) can see it.
document.addEventListener('securitypolicyviolation', (event) => {
  probe.cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});

route('org', organizationView);
route('node', nodeView);
route('blast', blastView);
route('paths', pathsView);
route('escalations', escalationsView);
route('findings', findingsView);
route('admins', adminsView);

function showApp(signedIn) {
  $('sign-in').hidden = signedIn;
  $('view').hidden = !signedIn;
  $('nav').hidden = !signedIn;
  $('search').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
}

async function navigate() {
  if (!token()) { return; }
  showApp(true);
  status('');
  await render($('view'), 'org').catch((e) => status(e.message));
  probe.rendered += 1;
}

onSignOut((message) => {
  clearCache();
  forget();
  $('view').replaceChildren();
  showApp(false);
  $('sign-in-error').textContent = message;
  $('token').focus();
});

function start() {
  initTheme($('theme'));
  typeahead($('search-input'), $('search-results'), (hit) => {
    $('search-input').value = '';
    go('node', [hit.arn || hit.id]);
  });
  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    signIn($('token').value.trim());
    $('token').value = '';
    $('sign-in-error').textContent = '';
    try {
      await get('health');
      await get('organization');
      navigate();
    } catch (e) {
      if (e.status !== 401) { $('sign-in-error').textContent = 'Sign-in failed: ' + e.message; }
    }
  });
  $('sign-out').addEventListener('click', () => signOut(''));
  window.addEventListener('hashchange', navigate);
  document.addEventListener('keydown', (event) => {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (event.key === '/' && !typing && token()) {
      event.preventDefault();
      $('search-input').focus();
    }
  });
  if (token()) {
    navigate();
  } else {
    showApp(false);
  }
}

start();
