// Evidence lines name the statement that decided ("sts:AssumeRole allowed by POLICY statement 0");
// this finds that statement's exact text in the policies the API returns with a node's detail.

const REFERENCE = /\b(?:allowed|denied) by (\S+) statement (\d+)/;

/** "... allowed by ID statement N ..." -> {policy: ID, index: N} or null */
export function reference(line) {
  const match = REFERENCE.exec(line || '');
  return match ? { policy: match[1], index: Number(match[2]) } : null;
}

/** Policy id -> document, from one or more /api/node answers (policies and trust policy). */
export function documents(...details) {
  const docs = new Map();
  for (const detail of details) {
    if (!detail) { continue; }
    for (const policy of detail.policies || []) {
      if (policy.document) { docs.set(policy.id, policy.document); }
    }
    if (detail.trustPolicy) { docs.set(detail.arn + '#trust', detail.trustPolicy); }
  }
  return docs;
}

/** The statement an evidence line points at, or null when its policy is not at hand (e.g. SCPs). */
export function statementFor(line, docs) {
  const ref = reference(line);
  if (!ref || !docs.has(ref.policy)) {
    return null;
  }
  const statements = docs.get(ref.policy).Statement;
  const all = Array.isArray(statements) ? statements : [statements];
  return all[ref.index] || null;
}

/** Identical evidence lines (one per SCP level, say) folded into one with a count. */
export function folded(lines) {
  const counts = new Map();
  for (const line of lines || []) {
    counts.set(line, (counts.get(line) || 0) + 1);
  }
  return [...counts.entries()].map(([line, count]) => ({ line, count }));
}

/** The actions an edge's evidence says were allowed ("sts:AssumeRole allowed by ..."). */
export function permissionsIn(lines) {
  const actions = new Set();
  for (const line of lines || []) {
    const match = /^([\w-]+:[\w*]+|\*)(?: on \S+)? allowed by/.exec(line);
    if (match) { actions.add(match[1]); }
  }
  return [...actions];
}
