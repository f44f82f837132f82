// The organization tree, flattened for lookups: account id -> name, OU, OU color. Compound account
// nodes in every graph are tinted by their OU so the same OU always has the same color.
import { cached } from './api.js';

// Hues spaced for distinguishability; lightness is chosen per theme in ouColor().
const HUES = [210, 140, 30, 280, 0, 180, 60, 320, 100, 250];

/** Walks the OU tree: {accounts: Map(id -> {id, name, status, counts, ou, ouName, path}), ous: [...]} */
export function flatten(organization) {
  const accounts = new Map();
  const ous = [];
  const visit = (unit, path) => {
    const here = [...path, unit.name];
    ous.push({ id: unit.id, name: unit.name, path: here, index: ous.length });
    for (const account of unit.accounts || []) {
      accounts.set(account.id, { ...account, ou: unit.id, ouName: unit.name, path: here });
    }
    for (const child of unit.units || []) {
      visit(child, here);
    }
  };
  for (const root of organization.roots || []) {
    visit(root, []);
  }
  for (const account of organization.standalone || []) {
    accounts.set(account.id, { ...account, ou: null, ouName: 'standalone', path: [] });
  }
  return { id: organization.id, management: organization.managementAccount, accounts, ous };
}

let loaded = null;

/** The flattened organization, fetched once per page (an ingest is rare; reload to refresh). */
export async function organization() {
  if (!loaded) {
    loaded = cached('organization').then(flatten).catch((e) => {
      loaded = null;
      throw e;
    });
  }
  return loaded;
}

export function forget() {
  loaded = null;
}

function dark() {
  return document.documentElement.dataset.theme === 'dark' ||
    (document.documentElement.dataset.theme !== 'light' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** The tint of an OU's accounts; accounts outside the organization are grey. */
export function ouColor(org, accountId) {
  const account = org && org.accounts.get(accountId);
  if (!account) {
    return dark() ? 'hsl(0, 0%, 26%)' : 'hsl(0, 0%, 90%)';
  }
  const ou = org.ous.find((o) => o.id === account.ou);
  const hue = HUES[(ou ? ou.index : 0) % HUES.length];
  return dark() ? `hsl(${hue}, 35%, 22%)` : `hsl(${hue}, 60%, 92%)`;
}

/** The label of an account's compound node: "acme-prod 444444444444 · Prod". */
export function accountTitle(org, accountId) {
  const account = org && org.accounts.get(accountId);
  if (!account) {
    return accountId + ' · outside the organization';
  }
  return account.name + ' ' + accountId + ' · ' + account.ouName;
}
