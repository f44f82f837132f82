// Findings come from the analysis as {id, type, severity, resource, account, title, evidence,
// remediation, path}; these helpers read them without assuming more than that.
import { el } from './dom.js';
import { href } from './router.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

export function severityRank(severity) {
  const i = SEVERITIES.indexOf(String(severity || '').toUpperCase());
  return i < 0 ? SEVERITIES.length : i;
}

/** Where a finding's row leads: its path to admin when it has one, else its resource. */
export function findingHref(finding) {
  // The account-admin node ends some paths but is no principal the API can route to: stop before.
  const path = (finding.path || []).filter((edge) => !String(edge.to).startsWith('accessgraph:'));
  if (path.length) {
    return href('paths', [path[0].from, path[path.length - 1].to]);
  }
  return finding.resource ? href('node', [finding.resource]) : null;
}

export function findingSummary(finding) {
  return el('span', {},
    el('span', { class: 'badge sev-' + String(finding.severity || '').toLowerCase() }, finding.severity || '?'),
    ' ', finding.title || finding.type || finding.id || JSON.stringify(finding));
}
