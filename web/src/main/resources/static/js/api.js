// The REST API (docs/api.md): every call carries the bearer token; a 401 signs out; errors are
// problem+json whose "detail" names the parameter that was wrong.
import { token, signOut } from './session.js';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

const cache = new Map();

/** GET /api/PATH?params; null and undefined params are left out. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.append(key, String(value));
    }
  }
  const url = 'api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, {
    headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' },
  });
  if (response.status === 401) {
    cache.clear();
    signOut('The token was refused. Check it and sign in again.');
    throw new ApiError(401, 'unauthorized');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, response.statusText || 'unreadable response');
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && (body.detail || body.title)) || response.statusText);
  }
  return body;
}

/** The same GET, remembered for the page's life: for data that only an ingest changes. */
export function cached(path, params = {}) {
  const key = path + '?' + JSON.stringify(params);
  if (!cache.has(key)) {
    cache.set(key, get(path, params).catch((e) => {
      cache.delete(key);
      throw e;
    }));
  }
  return cache.get(key);
}

export function clearCache() {
  cache.clear();
}
