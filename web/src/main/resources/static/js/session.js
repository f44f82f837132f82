// The API token lives in sessionStorage: it survives a reload of the tab but not the browser
// session, and it is never written anywhere else (no cookie, no localStorage).
const TOKEN_KEY = 'accessgraph.token';
const listeners = [];

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

/** Forgets the token and tells the app (which shows the sign-in form with the message). */
export function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener(message || ''));
}

export function onSignOut(listener) {
  listeners.push(listener);
}
